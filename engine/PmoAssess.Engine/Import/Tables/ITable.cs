namespace PmoAssess.Import.Tables;

/// <summary>
/// A grid of text with a header row, read one row at a time: a CSV file or one worksheet of a workbook.
/// Structural problems (an empty or binary file, a quote that never closes) throw
/// <see cref="InvalidInputException"/> with file, line and column; values are never interpreted here.
/// </summary>
internal interface ITable : IDisposable
{
    /// <summary>The file as messages and evidence name it, relative to the assessed folder.</summary>
    string DisplayName { get; }

    /// <summary>What was detected or chosen: kind, encoding, delimiter, sheet.</summary>
    TableFormat Format { get; }

    /// <summary>The header cells, trimmed, in column order (duplicates and blanks kept as they are).</summary>
    IReadOnlyList<string> Headers { get; }

    /// <summary>The data rows after the header, streamed; may be enumerated once.</summary>
    IEnumerable<TableRow> Rows();

    /// <summary>The SHA-256 of the file's bytes, lower-case hex; complete once <see cref="Rows"/> has been read to the end.</summary>
    string Sha256 { get; }
}

/// <summary>How a table was read.</summary>
/// <param name="Kind"><c>csv</c> or <c>xlsx</c>.</param>
/// <param name="Encoding">The text encoding's web name (e.g. <c>utf-8</c>, <c>windows-1252</c>); <c>null</c> for workbooks.</param>
/// <param name="Delimiter">The field separator; <c>null</c> for workbooks.</param>
/// <param name="Sheet">The worksheet read; <c>null</c> for CSV.</param>
/// <param name="Sheets">Every worksheet of the workbook, in order; empty for CSV.</param>
internal sealed record TableFormat(string Kind, string? Encoding, char? Delimiter, string? Sheet, IReadOnlyList<string> Sheets)
{
    /// <summary>How the choices were made, for people to check (e.g. <c>not valid UTF-8 (first at line 12, byte 0xA3): read as windows-1252</c>).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>One data row.</summary>
/// <param name="Row">The spreadsheet-style row number: the first line of the file, or the first worksheet row, is row 1.</param>
/// <param name="Line">The text line the row starts on (CSV); <c>null</c> for workbooks.</param>
/// <param name="Cells">The cells in column order, as text; a workbook's numbers in invariant form and its dates as <c>yyyy-MM-dd</c>.</param>
internal sealed record TableRow(int Row, int? Line, IReadOnlyList<string> Cells);

/// <summary>How to open a table; <c>null</c> means detect.</summary>
internal sealed record TableOptions
{
    /// <summary><c>auto</c> or <c>null</c> to detect; otherwise <c>utf-8</c>, <c>utf-16</c>, <c>utf-16le</c>, <c>utf-16be</c> or <c>windows-1252</c>.</summary>
    public string? Encoding { get; init; }

    /// <summary>The field separator, or <c>null</c> to detect among <c>,</c> <c>;</c> tab and <c>|</c>.</summary>
    public char? Delimiter { get; init; }

    /// <summary>The worksheet to read, or <c>null</c> for the first.</summary>
    public string? Sheet { get; init; }

    /// <summary>The 1-based row holding the headers; rows above it are skipped.</summary>
    public int HeaderRow { get; init; } = 1;

    /// <summary>The largest file, most rows and longest cell read.</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;
}
