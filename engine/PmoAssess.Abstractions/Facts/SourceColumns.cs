using System.Diagnostics.CodeAnalysis;

namespace PmoAssess.Facts;

/// <summary>
/// The columns of one CSV file as its facts' sources read them, and the values of its rows: the file, its headers, which
/// column holds each canonical field, and each row's values by its place among the file's rows (its ordinal). Shared by
/// every row of the file, so that a fact read from it keeps only two numbers.
/// </summary>
/// <remarks>
/// Rows are added by the one thread reading the file, and read once the file is read (facts are assessed after the import).
/// </remarks>
internal sealed class SourceColumns
{
    // 4,096 references (32 KB) per array: below the large object heap, whose arrays the collector would only look at with
    // the whole heap. An array of its own for each row was an object (and 24 bytes) more for each of the million records a
    // large portfolio holds, every one of which lives as long as the run, and so is copied and marked by every collection.
    private const int SlotsPerChunk = 4096;

    private readonly string[] _headers;
    private readonly Dictionary<string, int> _byField;
    private readonly List<string[]> _chunks = [];
    private readonly int _rowsPerChunk;
    private int _rows;

    /// <param name="file">The source file, relative to the assessed folder.</param>
    /// <param name="headers">The file's headers, trimmed, in column order.</param>
    /// <param name="byField">The column index of each canonical field; not changed afterwards.</param>
    public SourceColumns(string file, string[] headers, Dictionary<string, int> byField)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        ArgumentOutOfRangeException.ThrowIfZero(headers.Length);
        File = file;
        _headers = headers;
        _byField = byField;
        _rowsPerChunk = Math.Max(1, SlotsPerChunk / headers.Length);
    }

    public string File { get; }

    /// <summary>Makes room for the values of one more row, and returns its ordinal (0 for the first row after the header).</summary>
    public int AddRow()
    {
        if (_rows == _chunks.Count * _rowsPerChunk)
        {
            _chunks.Add(new string[_rowsPerChunk * _headers.Length]);
        }

        return _rows++;
    }

    /// <summary>The values of the row at <paramref name="ordinal"/>, one per column: filled in by the reader once, then read.</summary>
    public ArraySegment<string> Values(int ordinal) =>
        new(_chunks[ordinal / _rowsPerChunk], ordinal % _rowsPerChunk * _headers.Length, _headers.Length);

    /// <summary>The cell of <paramref name="field"/> in a row of this file, or <c>null</c> when the file has no such column.</summary>
    public SourceCell? CellOf(string field, int ordinal) =>
        TryGetCell(field, ordinal, out var column, out var value) ? new SourceCell { Column = column, Value = value } : null;

    /// <summary>As <see cref="CellOf"/>, without making a <see cref="SourceCell"/>: the column's header and the cell's text.</summary>
    public bool TryGetCell(string field, int ordinal, [NotNullWhen(true)] out string? column, [NotNullWhen(true)] out string? value)
    {
        if (_byField.TryGetValue(field, out var index))
        {
            (column, value) = (_headers[index], Values(ordinal)[index]);
            return true;
        }

        (column, value) = (null, null);
        return false;
    }
}
