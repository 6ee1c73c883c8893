using System.Diagnostics.CodeAnalysis;
using PmoAssess.Facts;

namespace PmoAssess.Import;

/// <summary>
/// The canonical columns of one CSV file: which canonical field each column holds. Shared by every row of the file, so a
/// row keeps only its values (<see cref="CsvRowCells"/>) instead of a dictionary of cells of its own.
/// </summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, int> _byField = new(StringComparer.Ordinal);

    // Fact factories ask by snake_case column: looked up as is, without turning each name into its field name per cell.
    private readonly Dictionary<string, int> _byColumn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _custom = new(StringComparer.Ordinal);

    /// <summary>Column names asked for so far, by reference, with their index (-1 for none).</summary>
    /// <remarks>
    /// Replaced, never changed, when a name is added: the projects' rows are typed on several threads. Two threads adding
    /// at once may lose one's name, which is then looked up again; a handful of names are asked for, and all by the first row.
    /// </remarks>
    private volatile Dictionary<string, int> _byName = new(ReferenceEqualityComparer.Instance);

    /// <summary>Bounds <see cref="_byName"/> should names come from anywhere but literals.</summary>
    private const int MaxNamesByReference = 256;

    /// <param name="file">The file, as messages and evidence name it.</param>
    /// <param name="headers">The file's headers, trimmed.</param>
    /// <param name="canonical">The indexes of the headers the layout knows, with the field each holds.</param>
    public CsvColumns(string file, string[] headers, IEnumerable<(int Index, string Field)> canonical)
    {
        Headers = headers;
        foreach (var (index, field) in canonical)
        {
            _byField[field] = index;
            _byColumn[headers[index]] = index;
        }

        for (var index = 0; index < headers.Length; index++)
        {
            if (!_byColumn.ContainsKey(headers[index]))
            {
                _custom.Add(headers[index], index);
            }
        }

        Custom = [.. _custom.Values];

        Fields = [.. _byField.Keys];
        Source = new SourceColumns(file, headers, _byField);
    }

    public string[] Headers { get; }

    /// <summary>The indexes of the columns the layout does not know, in column order: the custom fields.</summary>
    public IReadOnlyList<int> Custom { get; }

    public IReadOnlyList<string> Fields { get; }

    /// <summary>The same columns as the facts' sources read them.</summary>
    public SourceColumns Source { get; }

    public bool TryGetIndex(string field, out int index) => _byField.TryGetValue(field, out index);

    /// <summary>The index of a canonical column by its snake_case name, e.g. <c>last_status_report</c>.</summary>
    // Fact factories name columns with the same few literals for every row: found by reference, the name is not hashed
    // again for each cell.
    public bool TryGetColumnIndex(string column, out int index)
    {
        var known = _byName;
        if (known.TryGetValue(column, out index))
        {
            return index >= 0;
        }

        if (!_byColumn.TryGetValue(column, out index))
        {
            index = -1;
        }

        if (known.Count < MaxNamesByReference)
        {
            _byName = new Dictionary<string, int>(known, ReferenceEqualityComparer.Instance) { [column] = index };
        }

        return index >= 0;
    }

    /// <summary>The index of a custom column by its header.</summary>
    public bool TryGetCustomIndex(string header, out int index) => _custom.TryGetValue(header, out index);
}

/// <summary>The canonical cells of one CSV row, read from its values on demand: what <see cref="RawRecord.Cells"/> holds for CSV.</summary>
/// <remarks>The reader moves one of these from row to row of a file (<see cref="MoveTo"/>), as it does its record.</remarks>
internal sealed class CsvRowCells(CsvColumns columns) : IReadOnlyDictionary<string, RawCell>
{
    private ArraySegment<string> _values;
    private int _ordinal;

    /// <summary>Makes these the cells of the file's row at <paramref name="ordinal"/> (<see cref="SourceColumns.AddRow"/>).</summary>
    public void MoveTo(int ordinal) => (_values, _ordinal) = (columns.Source.Values(ordinal), ordinal);

    /// <summary>The cells of the current row, kept when this moves on.</summary>
    public CsvRowCells Kept() => new(columns) { _values = _values, _ordinal = _ordinal };

    public RawCell this[string key] => TryGetValue(key, out var cell) ? cell : throw new KeyNotFoundException("No such field. Field=" + key);

    public IEnumerable<string> Keys => columns.Fields;

    public IEnumerable<RawCell> Values => columns.Fields.Select(name => this[name]);

    public int Count => columns.Fields.Count;

    public bool ContainsKey(string key) => columns.TryGetIndex(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out RawCell value)
    {
        if (columns.TryGetIndex(key, out var index))
        {
            value = new RawCell(columns.Headers[index], index + 1, _values[index]);
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>The raw text of a canonical column's cell, by its snake_case name, without making a <see cref="RawCell"/>: most reads want only that.</summary>
    public string? TextOfColumn(string column) => columns.TryGetColumnIndex(column, out var index) ? _values[index] : null;

    public IEnumerator<KeyValuePair<string, RawCell>> GetEnumerator() =>
        columns.Fields.Select(field => KeyValuePair.Create(field, this[field])).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The custom fields of the row: its custom columns that hold text, by header.</summary>
    public IReadOnlyDictionary<string, string> CustomFields()
    {
        var custom = columns.Custom;
        var empty = 0;
        foreach (var index in custom)
        {
            empty += _values[index].Length == 0 ? 1 : 0;
        }

        return empty == 0
            ? new CsvCustomFields(columns, _values)
            : custom.Where(index => _values[index].Length > 0).ToDictionary(index => columns.Headers[index], index => _values[index], StringComparer.Ordinal);
    }

    /// <summary>The row as a fact's source keeps it: its place among the file's rows, whose columns hold the values.</summary>
    public RecordPlace PlaceAt(int row) => RecordPlace.InFile(columns.Source, row, _ordinal);
}
