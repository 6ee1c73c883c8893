namespace PmoAssess.Import;

/// <summary>One column of the canonical layout and the kind of value it holds.</summary>
/// <param name="Name">The snake_case name.</param>
/// <param name="Kind">The kind of value.</param>
/// <param name="EnumType">For an enumeration, the enum its values read as; otherwise <c>null</c>.</param>
internal sealed record CanonicalColumn(string Name, FieldKind Kind, Type? EnumType = null)
{
    /// <summary>The values an enumeration allows, as the layout spells them (e.g. <c>amber-green</c>); empty for other kinds.</summary>
    public IReadOnlyList<string> Values => EnumType is null ? [] : EnumText.CanonicalNames(EnumType);

    /// <summary>What a value must look like, for messages: <c>a date as yyyy-MM-dd</c>, <c>one of open, closed</c>.</summary>
    public string Expected => Kind == FieldKind.Enumeration ? "one of " + string.Join(", ", Values) : CanonicalValue.Expected(Kind);

    /// <summary>Text in the canonical layout's form, spelt as the layout spells it; <c>null</c> when it does not read as this column's kind.</summary>
    public string? Canonical(string text) =>
        Kind == FieldKind.Enumeration ? EnumText.Canonical(EnumType!, text) : CanonicalValue.Canonical(Kind, text);
}

/// <summary>The kinds of value a canonical column holds.</summary>
internal enum FieldKind
{
    /// <summary>Any text.</summary>
    Text,
    /// <summary>A date, <c>yyyy-MM-dd</c>.</summary>
    Date,
    /// <summary>A decimal number (money, percentages, targets).</summary>
    Number,
    /// <summary>A whole number.</summary>
    Integer,
    /// <summary>Yes or no.</summary>
    Boolean,
    /// <summary>One of an enum's values (see <see cref="CanonicalColumn.EnumType"/>).</summary>
    Enumeration,
}
