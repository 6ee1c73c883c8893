using PmoAssess.Facts;
using PmoAssess.Import.Quality;
using PmoAssess.Import.Tables;
using PmoAssess.Outcomes;

namespace PmoAssess.Import.Mapping;

/// <summary>
/// The typed values of one client row, read through its mapping. A value that does not read is a data-quality
/// finding pointing at the cell, its field is left empty and its cell carries the problem (so rules that need it are
/// not assessable); a stated non-answer (<c>otherwise: not-given</c>) is kept as text in its note field instead.
/// </summary>
internal sealed class MappedFields : IRecordFields
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly DateOnly Latest = new(2199, 12, 31);

    // How much of an unreadable cell a finding's sentence quotes; the evidence carries all of it.
    private const int ShownText = 40;

    private readonly BoundSource _source;
    private readonly TableRow _row;
    private readonly DataQualityLog _log;
    private readonly string? _projectId;
    private readonly Dictionary<string, SourceCell> _cells = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _notes = new(StringComparer.Ordinal);

    public MappedFields(BoundSource source, TableRow row, DataQualityLog log, string id, string? projectId)
    {
        _source = source;
        _row = row;
        _log = log;
        Id = id;
        _projectId = projectId;
    }

    public string Id { get; }

    private SourceMapping Mapping => _source.Mapping;

    public string? Text(string column) => Field(column) is { } field && Mapped(field) is { Text: var text } ? Filled(field, text) : null;

    public DateOnly? Date(string column) => Field(column) is { } field ? ReadDate(field) : null;

    public decimal? Decimal(string column) => Field(column) is { } field ? ReadNumber(field) : null;

    public int? Integer(string column) =>
        Read(Field(column), static () => "a whole number", text => ValueText.Number(text, Mapping.Culture) is { } number && number == decimal.Truncate(number)
            && number is >= int.MinValue and <= int.MaxValue ? (int)number : (int?)null, CanonicalValue.Integer);

    public bool? Boolean(string column) => Read(Field(column), static () => "yes or no", CanonicalValue.Boolean);

    public string? Text(string column, Func<string, bool> reads, Func<string> expected)
    {
        // Read takes a parser of values; what is wanted here is the text it accepted, after the value map.
        string? accepted = null;
        _ = Read(Field(column), expected, text =>
        {
            if (!reads(text))
            {
                return (bool?)null;
            }

            accepted = text;
            return true;
        });
        return accepted;
    }

    /// <summary>
    /// The custom fields, typed values in canonical text, plus the notes of fields read as not given. Called by
    /// <see cref="FactFactory.Project"/> after the canonical fields, so the notes are complete by then.
    /// </summary>
    public IReadOnlyDictionary<string, string> CustomFields()
    {
        var custom = new Dictionary<string, string>(_notes, StringComparer.Ordinal);
        foreach (var field in _source.Custom)
        {
            var value = field.Mapping.Type switch
            {
                ValueType.Number or ValueType.Money => ReadNumber(field) is { } number ? ValueText.Canonical(number) : null,
                ValueType.Date => ReadDate(field) is { } date ? ValueText.Canonical(date) : null,
                ValueType.Boolean => Read(field, static () => "yes or no", CanonicalValue.Boolean) is { } flag ? (flag ? "true" : "false") : null,
                _ => Mapped(field) is { Text: var text } ? Filled(field, text) : null,
            };
            if (value is not null)
            {
                custom[field.Name] = value;
            }
        }

        return custom;
    }

    public RecordPlace Place() => RecordPlace.Of(new SourceRow(_source.File, _row.Row, new Dictionary<string, SourceCell>(_cells, StringComparer.Ordinal)));

    private BoundField? Field(string column) => _source.Fields.GetValueOrDefault(column);

    private decimal? ReadNumber(BoundField field) => field.Mapping.Money is { } unit || field.Mapping.Type == ValueType.Money
        ? Read(field, static () => "an amount of money such as £1,234.56", text => ValueText.Money(text, Mapping.Culture, field.Mapping.Money ?? MoneyUnit.Units), CanonicalValue.Decimal)
        : Read(field, static () => "a number (set money: on the field if it holds amounts with currency symbols)", text => ValueText.Number(text, Mapping.Culture), CanonicalValue.Decimal);

    private DateOnly? ReadDate(BoundField field)
    {
        var formats = field.Mapping.DateFormats ?? Mapping.DateFormats;
        var date = Read(field, () => "a date as " + string.Join(" or ", formats), text => ValueText.Date(text, formats, Mapping.Culture), CanonicalValue.Date);
        if (date is not { } day || (day >= Earliest && day <= Latest))
        {
            return date;
        }

        // Read, but implausible: a finding of its own, and the field stays empty rather than skewing day counts.
        field.Filled--;
        field.Unreadable++;
        Problem(field, DataQualityRules.DateOutOfRange, ValueText.Canonical(day), "a date between 1900-01-01 and 2199-12-31");
        return null;
    }

    /// <summary>
    /// The field's value read with <paramref name="parse"/> (the source's culture and formats), or, for a constant or a
    /// value-map target, which the mapping already wrote in canonical form, with <paramref name="canonical"/>. What was
    /// <paramref name="expected"/> is put into words only for a cell that does not read, not for every cell read.
    /// </summary>
    private T? Read<T>(BoundField? field, Func<string> expected, Func<string, T?> parse, Func<string, T?>? canonical = null)
        where T : struct
    {
        if (field is null || Mapped(field) is not var (text, isCanonical))
        {
            return null;
        }

        if ((isCanonical ? canonical ?? parse : parse)(text) is { } value)
        {
            field.Filled++;
            return value;
        }

        if (field.Mapping.Otherwise == Unreadable.NotGiven)
        {
            field.NotGiven++;
            _notes[field.Mapping.Note ?? field.Name + "_note"] = text;
            return null;
        }

        field.Unreadable++;
        Problem(field, DataQualityRules.UnreadableValue, text, expected());
        return null;
    }

    /// <summary>
    /// The cell's text after the value map, and whether it is in canonical form (a constant or a value-map target);
    /// <c>null</c> when it is empty or maps to "not known". Remembers the cell for evidence.
    /// </summary>
    private (string Text, bool IsCanonical)? Mapped(BoundField field)
    {
        var raw = field.Mapping.Value ?? (field.Index is { } index && index < _row.Cells.Count ? _row.Cells[index] : string.Empty);
        _cells[field.EvidenceName] = new SourceCell { Column = field.Column, Value = raw };
        var (text, isCanonical) = (raw.Trim(), field.Mapping.Value is not null);
        foreach (var (from, to) in field.Mapping.Values)
        {
            if (string.Equals(from.Trim(), text, StringComparison.OrdinalIgnoreCase))
            {
                (text, isCanonical) = (to, true);
                break;
            }
        }

        if (text.Length == 0)
        {
            field.Empty++;
            return null;
        }

        return (text, isCanonical);
    }

    private static string Filled(BoundField field, string text)
    {
        field.Filled++;
        return text;
    }

    /// <summary>
    /// Marks the field's cell as unreadable and records the finding. The cell's problem quotes the whole text (rules
    /// that are not assessable because of it say why); the finding's sentence shortens it, as its evidence has it whole.
    /// </summary>
    private void Problem(BoundField field, RuleDescriptor rule, string text, string expected)
    {
        var cell = _cells[field.EvidenceName] with { Problem = "Cannot read '" + text + "' as " + expected + "." };
        _cells[field.EvidenceName] = cell;
        var shown = text.Length <= ShownText ? text : text[..ShownText] + "…";
        _log.Fail(rule, Mapping.Entity, Id, _projectId, "'" + shown + "' in column '" + field.Column + "' is not " + expected + ".", new Evidence
        {
            Field = field.EvidenceName,
            File = _source.File,
            Row = _row.Row,
            Column = cell.Column,
            Value = cell.Value,
        });
    }
}
