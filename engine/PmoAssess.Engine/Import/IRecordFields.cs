using PmoAssess.Facts;

namespace PmoAssess.Import;

/// <summary>
/// Typed values of one record, by canonical (snake_case) column: what <see cref="FactFactory"/> builds facts from.
/// The canonical layout reads strictly (<see cref="RecordFields"/>: a bad value stops the import); a client layout reads
/// through its mapping (<see cref="Mapping.MappedFields"/>: a bad value is a data-quality finding and the field is empty).
/// </summary>
internal interface IRecordFields
{
    string Id { get; }

    string? Text(string column);

    DateOnly? Date(string column);

    decimal? Decimal(string column);

    int? Integer(string column);

    bool? Boolean(string column);

    /// <summary>
    /// The text of <paramref name="column"/> when <paramref name="reads"/> accepts it. Text it does not accept is a problem
    /// of the record, described by what was <paramref name="expected"/>: it stops the import, or it is a data-quality
    /// finding and the field is empty.
    /// </summary>
    string? Text(string column, Func<string, bool> reads, Func<string> expected);

    /// <summary>The custom fields: columns rules read with <c>field("name")</c>.</summary>
    IReadOnlyDictionary<string, string> CustomFields();

    /// <summary>The provenance of the fact built from this record, for evidence.</summary>
    RecordPlace Place();
}
