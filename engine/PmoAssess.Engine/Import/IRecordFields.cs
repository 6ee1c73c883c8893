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

    TEnum? Enum<TEnum>(string column)
        where TEnum : struct, Enum;

    /// <summary>The custom fields: columns rules read with <c>field("name")</c>.</summary>
    IReadOnlyDictionary<string, string> CustomFields();

    /// <summary>The provenance of the fact built from this record, for evidence.</summary>
    RecordPlace Place();
}
