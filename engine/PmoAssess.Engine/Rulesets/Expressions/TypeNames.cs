using PmoAssess.Facts;

namespace PmoAssess.Rulesets.Expressions;

/// <summary>The names rule authors know types by: date, number, text, true/false, project, risk.</summary>
internal static class TypeNames
{
    public static string Of(Type type) => Of(Nullable.GetUnderlyingType(type)?.Name ?? type.Name);

    public static string Of(string clrName) => clrName.TrimEnd('?') switch
    {
        "DateOnly" or "DateTime" => "a date",
        "Int32" or "Int64" or "Decimal" or "Double" or "Single" => "a number",
        "String" => "text",
        "Boolean" => "true/false",
        var other => FieldNames.FactType(other) is { } fact ? Entity(fact.Name) : other,
    };

    public static string Entity(string clrName) => clrName switch
    {
        nameof(StageGate) => "gate",
        nameof(ResourceAllocation) => "allocation",
        nameof(ChangeRequest) => "change",
        nameof(OrganisationEvidence) => "organisation",
        _ => clrName.ToLowerInvariant(),
    };
}
