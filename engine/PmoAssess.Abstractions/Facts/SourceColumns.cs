using System.Diagnostics.CodeAnalysis;

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
        TryGetCell(field, values, offset, out var column, out var value) ? new SourceCell { Column = column, Value = value } : null;

    /// <summary>As <see cref="CellOf"/>, without making a <see cref="SourceCell"/>: the column's header and the cell's text.</summary>
    public bool TryGetCell(string field, string[] values, int offset, [NotNullWhen(true)] out string? column, [NotNullWhen(true)] out string? value)
    {
        if (_byField.TryGetValue(field, out var index))
        {
            (column, value) = (_headers[index], values[offset + index]);
            return true;
        }

        (column, value) = (null, null);
        return false;
    }
}
