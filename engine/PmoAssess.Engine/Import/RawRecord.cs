namespace PmoAssess.Import;

/// <summary>One record as read from a source, before any value is parsed: a CSV row or a JSON object.</summary>
internal sealed class RawRecord
{
    public RawRecord(string file, int? row, int? line, IReadOnlyDictionary<string, RawCell> cells, IReadOnlyDictionary<string, RawCell> extra)
    {
        File = file;
        Row = row;
        Line = line;
        Cells = cells;
        Extra = extra;
    }

    /// <summary>
    /// Makes this the record of another row of the same CSV file, whose cells have been moved to it too: the CSV reader
    /// hands out one record per file, valid until the next is read, rather than three objects for each of a million rows.
    /// </summary>
    public void MoveTo(int row, int line) => (Row, Line) = (row, line);

    /// <summary>This record as it is now, for reading after the reader has moved on: a copy when the reader moves it (CSV).</summary>
    public RawRecord Kept() => Cells is CsvRowCells row ? new RawRecord(File, Row, Line, row.Kept(), Extra) { Path = Path } : this;

    /// <summary>The file, relative to the assessed folder.</summary>
    public string File { get; }

    /// <summary>Spreadsheet-style row (header is row 1); <c>null</c> for JSON.</summary>
    public int? Row { get; private set; }

    /// <summary>The text line the record starts on; <c>null</c> for JSON.</summary>
    public int? Line { get; private set; }

    /// <summary>The JSON path of the record, e.g. <c>$.projects[2]</c>; <c>null</c> for CSV.</summary>
    public string? Path { get; init; }

    /// <summary>Cells of canonical fields, keyed by camelCase field name.</summary>
    public IReadOnlyDictionary<string, RawCell> Cells { get; }

    /// <summary>Cells of columns the canonical layout does not know, keyed by their header; none for CSV, whose row cells hold them.</summary>
    public IReadOnlyDictionary<string, RawCell> Extra { get; }
}

/// <summary>One raw cell: the column as the source named it, its position and its text.</summary>
/// <param name="Column">The CSV header or JSON property name.</param>
/// <param name="ColumnNumber">The 1-based CSV column; <c>null</c> for JSON.</param>
/// <param name="Value">The raw text.</param>
/// <param name="Path">The JSON path of the value; <c>null</c> for CSV.</param>
internal sealed record RawCell(string Column, int? ColumnNumber, string Value, string? Path = null);
