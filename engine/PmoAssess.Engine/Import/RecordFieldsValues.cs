namespace PmoAssess.Import;

/// <summary>Typed values read through <see cref="IRecordFields"/> by every layout alike.</summary>
internal static class RecordFieldsValues
{
    /// <summary>
    /// The value of an enumeration in <paramref name="column"/>, spelt as <see cref="EnumText"/> reads it.
    /// </summary>
    /// <remarks>
    /// Not a method of <see cref="IRecordFields"/>: a generic method of an interface is compiled when the program runs, for
    /// each enumeration and each class that implements it, since the release build's ahead-of-time compiler cannot tell
    /// which will be called. It was 240 of the 947 methods the Contoso sample compiled as it ran. The text is read as the
    /// enumeration twice, to check it and for its value: <see cref="EnumText"/> remembers each spelling it has read.
    /// </remarks>
    public static TEnum? Enum<TEnum>(this IRecordFields fields, string column)
        where TEnum : struct, System.Enum
    {
        var text = fields.Text(
            column,
            static text => EnumText.TryParse<TEnum>(text) is not null,
            static () => "one of " + string.Join(", ", EnumText.CanonicalNames(typeof(TEnum))));
        return text is null ? null : EnumText.TryParse<TEnum>(text);
    }
}
