namespace PmoAssess.Import.Tables;

/// <summary>
/// A small quote-aware walk over CSV text, for what CsvHelper does not do for us: skipping the rows above a header
/// that is not on row 1, and finding where a quote that never closes was opened (CsvHelper reports the end of the
/// input). Line breaks are <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>, counted as CsvHelper counts them.
/// </summary>
internal static class CsvTextScanner
{
    private const string AnyDelimiter = ",;\t|";

    /// <summary>
    /// Reads whole rows off the reader: line breaks inside quoted cells do not end a row, blank lines do count (a
    /// spreadsheet shows them). Returns the lines read, and the rows, which are fewer when the text ends first.
    /// </summary>
    /// <param name="reader">The text, positioned at the start of a row.</param>
    /// <param name="rows">How many rows to read.</param>
    /// <param name="delimiter">The field separator, or <c>null</c> when not known yet: then any of , ; tab and | starts a field.</param>
    public static (int Lines, int Rows) SkipRows(TextReader reader, int rows, char? delimiter)
    {
        var (lines, done) = (0, 0);
        var (quoted, atFieldStart) = (false, true);
        while (done < rows && reader.Read() is var read and >= 0)
        {
            var c = (char)read;
            if (quoted)
            {
                // A doubled quote is an escaped one; a single one closes the cell.
                quoted = c != '"' || reader.Peek() == '"' && reader.Read() >= 0;
            }
            else if (c == '"' && atFieldStart)
            {
                quoted = true;
            }

            if (IsBreak(c, reader))
            {
                lines++;
                done += quoted ? 0 : 1;
            }

            atFieldStart = !quoted && (IsBreak(c) || IsDelimiter(c, delimiter));
        }

        return (lines, done);
    }

    /// <summary>
    /// The line and character column of the quote that opens a cell and never closes, in a record starting on
    /// <paramref name="recordLine"/>; <c>null</c> when the walk finds every quote closed.
    /// </summary>
    /// <param name="reader">The text from its first line (after any byte order mark).</param>
    /// <param name="recordLine">The 1-based line the record starts on, counted from the start of the text.</param>
    /// <param name="delimiter">The field separator.</param>
    public static (int Line, int Column)? FindUnclosedQuote(TextReader reader, int recordLine, char delimiter)
    {
        var (line, column) = (1, 0);
        var (quoted, atFieldStart) = (false, true);
        (int Line, int Column)? open = null;
        while (reader.Read() is var read and >= 0)
        {
            var c = (char)read;
            column++;
            if (line >= recordLine)
            {
                if (quoted)
                {
                    var escaped = c == '"' && reader.Peek() == '"' && reader.Read() >= 0;
                    column += escaped ? 1 : 0;
                    quoted = c != '"' || escaped;
                }
                else if (c == '"' && atFieldStart)
                {
                    (quoted, open) = (true, (line, column));
                }
            }

            if (IsBreak(c, reader))
            {
                (line, column) = (line + 1, 0);
            }

            atFieldStart = !quoted && (IsBreak(c) || c == delimiter);
        }

        return quoted ? open : null;
    }

    /// <summary>Whether the character ends a line, consuming the <c>\n</c> of a <c>\r\n</c> pair.</summary>
    private static bool IsBreak(char c, TextReader reader)
    {
        if (c == '\r' && reader.Peek() == '\n')
        {
            reader.Read();
        }

        return IsBreak(c);
    }

    private static bool IsBreak(char c) => c is '\n' or '\r';

    private static bool IsDelimiter(char c, char? delimiter) => delimiter is { } known ? c == known : AnyDelimiter.Contains(c, StringComparison.Ordinal);
}
