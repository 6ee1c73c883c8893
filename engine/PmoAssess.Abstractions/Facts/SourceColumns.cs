namespace PmoAssess.Facts;

/// <summary>
/// The columns of one CSV file as its facts' sources read them: the file, its headers and which column holds each canonical
/// field. Shared by every row of the file, so that a row keeps only its values.
/// </summary>
internal sealed class SourceColumns
{
    private readonly string[] _headers;
    private readonly Dictionary<string, int> _byField;

    /// <param name="file">The source file, relative to the assessed folder.</param>
    /// <param name="headers">The file's headers, trimmed, in column order.</param>
    /// <param name="byField">The column index of each canonical field; not changed afterwards.</param>
    public SourceColumns(string file, string[] headers, Dictionary<string, int> byField)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        File = file;
        _headers = headers;
        _byField = byField;
    }

    public string File { get; }

    /// <summary>The cell of <paramref name="field"/> in a row of this file, or <c>null</c> when the file has no such column.</summary>
    /// <param name="field">The canonical field.</param>
    /// <param name="values">The array holding the row's values.</param>
    /// <param name="offset">Where in <paramref name="values"/> the row's first value is.</param>
    public SourceCell? CellOf(string field, string[] values, int offset) =>
        _byField.TryGetValue(field, out var index) ? new SourceCell { Column = _headers[index], Value = values[offset + index] } : null;
}
