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

/// <summary>Typed values read through <see cref="IRecordFields"/> by every layout alike.</summary>
internal static class RecordFieldsValues
{
    /// <summary>
    /// The value of an enumeration in <paramref name="column"/>, spelt as <see cref="EnumText"/> reads it.
    /// </summary>
    /// <remarks>
    /// Not a method of <see cref="IRecordFields"/>: a generic method of an interface is compiled when the program runs, for
    /// each enumeration and each class that implements it, since the release build's ahead-of-time compiler cannot tell
    /// which will be called. It was 240 of the 947 methods the Contoso sample compiled as it ran.
    /// </remarks>
    public static TEnum? Enum<TEnum>(this IRecordFields fields, string column)
        where TEnum : struct, System.Enum =>
        fields.Text(column, static text => EnumText.TryParse<TEnum>(text) is not null, static () => "one of " + string.Join(", ", EnumText.CanonicalNames(typeof(TEnum)))) is { } text
            ? EnumText.TryParse<TEnum>(text)
            : null;
}
