using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Rulesets.Expressions;

/// <summary>The names rule authors know types by: date, number, text, true/false, project, risk, stage.</summary>
internal static class TypeNames
{
    private static readonly Dictionary<Type, string> Enumerations = new()
    {
        [typeof(LifecycleStage)] = "stage",
        [typeof(DeliveryConfidence)] = "delivery confidence",
        [typeof(Severity)] = "severity",
        [typeof(ItemStatus)] = "status",
        [typeof(ChangeStatus)] = "change status",
        [typeof(GateDecision)] = "gate decision",
    };

    public static string Of(Type type) => Of(Nullable.GetUnderlyingType(type)?.Name ?? type.Name);

    /// <summary>The name of a type named as .NET names it, simply (<c>String</c>) or fully (<c>System.Nullable`1[PmoAssess.Facts.Risk]</c>).</summary>
    public static string Of(string clrName) => SimpleName(clrName) switch
    {
        "DateOnly" or "DateTime" => "a date",
        "Int32" or "Int64" or "Decimal" or "Double" or "Single" => "a number",
        "String" => "text",
        "Boolean" => "true/false",
        var other when Enumeration(other) is { } enumeration => "a " + Enumerations[enumeration],
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

    /// <summary>The enumeration a field may hold, named as .NET names it (simply or fully, nullable or not), or <c>null</c>.</summary>
    public static Type? Enumeration(string clrName)
    {
        var simple = SimpleName(clrName);
        return Enumerations.Keys.FirstOrDefault(type => type.Name == simple);
    }

    /// <summary>Its values as an expression compares with them: <c>amberGreen</c>.</summary>
    public static IReadOnlyList<string> ValuesOf(Type enumeration) =>
        [.. Enum.GetNames(enumeration).Select(name => char.ToLowerInvariant(name[0]) + name[1..])];

    // 'System.Nullable`1[PmoAssess.Facts.LifecycleStage]' and 'LifecycleStage?' both name LifecycleStage.
    private static string SimpleName(string clrName)
    {
        var name = clrName.TrimEnd('?');
        if (name.StartsWith("System.Nullable`1[", StringComparison.Ordinal) && name.EndsWith(']'))
        {
            name = name["System.Nullable`1[".Length..^1];
        }

        return name[(name.LastIndexOf('.') + 1)..];
    }
}
