using System.Globalization;
using PmoAssess.Import;
using PmoAssess.Outcomes;

namespace PmoAssess.Rulesets;

/// <summary>Values as rule messages show them: invariant, enumerations as the data spells them, at most two decimals.</summary>
internal static class ValueText
{
    public static string Format(object? value) => value switch
    {
        null => "(none)",
        Enum enumeration => EnumText.ToCanonical(enumeration.ToString()),
        decimal number => number.ToString("0.##", CultureInfo.InvariantCulture),
        double number => number.ToString("0.##", CultureInfo.InvariantCulture),
        _ => Evidence.Format(value) ?? string.Empty,
    };
}
