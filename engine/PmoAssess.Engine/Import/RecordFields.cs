using PmoAssess.Facts;

namespace PmoAssess.Import;

/// <summary>
/// Reads typed values from a raw record in the canonical formats (ISO dates, invariant numbers).
/// A value that does not parse stops the import with its file, line and column: the canonical
/// layout is strict; client layouts go through a mapping that turns such cells into data-quality findings.
/// </summary>
internal sealed class RecordFields : IRecordFields
{
    private readonly RawRecord _record;
    private string? _id;

    public RecordFields(RawRecord record) => _record = record;

    /// <summary>
    /// The fields of <paramref name="record"/>: <paramref name="previous"/> again when it reads the same record, which the
    /// CSV reader has moved to its next row, so that a file of a million rows makes one, not a million.
    /// </summary>
    // Objects that die between the facts being built leave holes among them, which the collector sweeps without compacting
    // and the heap keeps: with these fields and a SourceRow made for each record, 137 MB of free space after reading
    // 100,000 projects (a heap dump); with neither, 64 MB, and 900 MB less at the peak of a million projects.
    public static RecordFields Of(RawRecord record, RecordFields? previous)
    {
        if (previous is null || !ReferenceEquals(previous._record, record))
        {
            return new RecordFields(record);
        }

        previous._id = null;
        return previous;
    }

    /// <summary>These fields, still readable once the reader has moved on to its next record.</summary>
    public RecordFields Kept() => new(_record.Kept()) { _id = _id };

    // Read once: the reader checks it is unique, and the fact keeps it.
    public string Id => _id ??= RequiredText("id");

    public string? Text(string column)
    {
        var value = (_record.Cells is CsvRowCells row
            ? row.TextOfColumn(column)
            : _record.Cells.GetValueOrDefault(CanonicalLayout.FieldName(column))?.Value)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string RequiredText(string column) =>
        Text(column) ?? throw InvalidInputException.At(
            "A required value is missing: expected a non-empty '" + column + "'.", LocationOf(column));

    public DateOnly? Date(string column) => Parse(column, static () => CanonicalValue.Expected(FieldKind.Date), CanonicalValue.Date);

    public decimal? Decimal(string column) => Parse(column, static () => CanonicalValue.Expected(FieldKind.Number), CanonicalValue.Decimal);

    public int? Integer(string column) => Parse(column, static () => CanonicalValue.Expected(FieldKind.Integer), CanonicalValue.Integer);

    public bool? Boolean(string column) => Parse(column, static () => CanonicalValue.Expected(FieldKind.Boolean), CanonicalValue.Boolean);

    public string? Text(string column, Func<string, bool> reads, Func<string> expected)
    {
        var text = Text(column);
        return text is null || reads(text) ? text : throw CannotRead(column, text, expected);
    }

    /// <summary>Columns the layout does not know, kept as custom fields.</summary>
    public IReadOnlyDictionary<string, string> CustomFields() => _record.Cells is CsvRowCells row
        ? row.CustomFields()
        : _record.Extra.Where(pair => pair.Value.Value.Length > 0)
            .ToDictionary(pair => pair.Key, pair => pair.Value.Value, StringComparer.Ordinal);

    /// <summary>The provenance of the fact built from this record, for evidence.</summary>
    // The canonical layout has no unreadable cells: a value that does not read stops the import.
    public RecordPlace Place() => _record.Cells is CsvRowCells row && _record.Row is { } rowNumber
        ? row.PlaceAt(rowNumber)
        : RecordPlace.Of(new SourceRow(
            _record.File,
            _record.Row,
            _record.Cells.ToDictionary(pair => pair.Key, pair => new SourceCell { Column = pair.Value.Path ?? pair.Value.Column, Value = pair.Value.Value }),
            hasProblems: false));

    public SourceLocation LocationOf(string column)
    {
        var cell = _record.Cells.GetValueOrDefault(CanonicalLayout.FieldName(column));
        var path = cell?.Path ?? (_record.Path is { } recordPath ? recordPath + "." + column : null);
        return new SourceLocation(_record.File, _record.Line, cell?.ColumnNumber, cell?.Column ?? column, path);
    }

    // What was expected is only spelt out when a value does not read: most never fail.
    private T? Parse<T>(string column, Func<string> expected, Func<string, T?> parse)
        where T : struct
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        return parse(text) ?? throw CannotRead(column, text, expected);
    }

    private InvalidInputException CannotRead(string column, string text, Func<string> expected) =>
        InvalidInputException.At("Cannot read '" + text + "' as " + expected() + ".", LocationOf(column));
}
