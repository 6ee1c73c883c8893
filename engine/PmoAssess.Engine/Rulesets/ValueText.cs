using System.Collections;
using System.Globalization;
using PmoAssess.Import;
using PmoAssess.Outcomes;

namespace PmoAssess.Rulesets;

/// <summary>
/// Values as rule messages show them: invariant, enumerations as the data spells them, at most two decimals, a collection
/// as its number of records.
/// </summary>
internal static class ValueText
{
    public static string Format(object? value) => value switch
    {
        null => "(none)",
        string text => text,
        Enum enumeration => EnumText.ToCanonical(enumeration.ToString()),
        decimal number => number.ToString("0.##", CultureInfo.InvariantCulture),
        double number => number.ToString("0.##", CultureInfo.InvariantCulture),
        ICollection collection => collection.Count.ToString(CultureInfo.InvariantCulture),
        IEnumerable sequence => Count(sequence).ToString(CultureInfo.InvariantCulture),
        _ => Evidence.Format(value) ?? string.Empty,
    };

    // A hole such as {risks.where(r => ...)} is a sequence not yet walked: walking it runs the lambda, which ThrowFree has
    // judged, as it judges every hole of a message made late.
    private static int Count(IEnumerable sequence)
    {
        var count = 0;
        foreach (var _ in sequence)
        {
            count++;
        }

        return count;
    }
}
