using System.Text;

namespace PmoAssess.Import;

/// <summary>
/// Turns the byte offsets parsers report into the line and character column an editor shows.
/// Used only on error paths, so re-reading the file is fine.
/// </summary>
internal static class TextPosition
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The 1-based character column of the byte <paramref name="byteInLine"/> bytes into line <paramref name="line"/>.</summary>
    public static int ColumnOf(byte[] bytes, int line, long byteInLine)
    {
        var start = LineStart(bytes, line);
        var length = (int)Math.Clamp(byteInLine, 0, bytes.Length - start);
        return Encoding.UTF8.GetCharCount(bytes, start, length) + 1;
    }

    /// <summary>
    /// Where a CSV error at <paramref name="byteOffset"/> (from the start of the file) is, for a record starting on
    /// <paramref name="recordLine"/>. CsvHelper reports a quote that never closes at the end of the file; then the
    /// place worth showing is the opening quote.
    /// </summary>
    public static (int Line, int? Column) OfCsvError(byte[] bytes, int recordLine, long byteOffset)
    {
        var start = LineStart(bytes, recordLine);
        var end = Array.IndexOf(bytes, (byte)'\n', start);
        end = end < 0 ? bytes.Length : end;
        if (byteOffset >= start && byteOffset < end)
        {
            return (recordLine, ColumnOf(bytes, recordLine, byteOffset - start));
        }

        return UnclosedQuote(bytes, recordLine) is { } quote ? (quote.Line, quote.Column) : (recordLine, null);
    }

    private static (int Line, int Column)? UnclosedQuote(byte[] bytes, int recordLine)
    {
        var text = Encoding.UTF8.GetString(bytes, LineStart(bytes, recordLine), bytes.Length - LineStart(bytes, recordLine));
        (int Line, int Column)? open = null;
        var (line, column, atFieldStart) = (recordLine, 0, true);
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            column++;
            if (open is null && c == '"' && atFieldStart)
            {
                open = (line, column);
            }
            else if (open is not null && c == '"')
            {
                var escaped = index + 1 < text.Length && text[index + 1] == '"';
                open = escaped ? open : null;
                index += escaped ? 1 : 0;
                column += escaped ? 1 : 0;
            }

            atFieldStart = open is null && c is ',' or '\n';
            if (c == '\n')
            {
                (line, column) = (line + 1, 0);
            }
        }

        return open;
    }

    private static int LineStart(byte[] bytes, int line)
    {
        var start = bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        for (var current = 1; current < line && start < bytes.Length; start++)
        {
            if (bytes[start] == (byte)'\n')
            {
                current++;
            }
        }

        return start;
    }
}
