using PmoAssess.Facts;

namespace PmoAssess.Import.Inspection;

/// <summary>
/// The values the canonical layout accepts for its enumerated fields, so a proposal can say how many of a column's
/// cells already read as them. Compared as <see cref="EnumText"/> compares them: case, spaces, '-', '_' and '/' ignored.
/// </summary>
internal static class CanonicalValues
{
    private static readonly Dictionary<string, HashSet<string>> ByField = new(StringComparer.Ordinal)
    {
        ["delivery_confidence"] = Names<DeliveryConfidence>(),
        ["stage"] = Names<LifecycleStage>(),
        ["decision"] = Names<GateDecision>(),
        ["status"] = [.. Names<ItemStatus>(), .. Names<ChangeStatus>()],
        ["severity"] = ["INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL"],
        ["priority"] = ["INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL"],
    };

    /// <summary>The accepted values of a field, normalised; <c>null</c> for a field that is not an enumeration.</summary>
    public static IReadOnlySet<string>? Of(string field) => ByField.GetValueOrDefault(field);

    /// <summary>A value as it is compared: upper case, without spaces, '-', '_' and '/'.</summary>
    public static string Normalise(string text) =>
        string.Concat(text.Trim().Where(c => c is not ('-' or '_' or '/' or ' ')).Select(char.ToUpperInvariant));

    private static HashSet<string> Names<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Select(Normalise).ToHashSet(StringComparer.Ordinal);
}
