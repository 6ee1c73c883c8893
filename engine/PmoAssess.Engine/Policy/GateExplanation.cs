using System.Globalization;

namespace PmoAssess.Policy;

/// <summary>
/// The whole gate of a policy in words, every condition <see cref="PolicyApplication"/> checks: the severity threshold
/// (<see cref="Gate"/>) and the policy file's number of findings, coverage floor and maturity floors. What
/// <c>policy explain</c> prints and the report's Gate line says, so neither can tell of a gate other than the one applied.
/// </summary>
public static class GateExplanation
{
    /// <summary>
    /// E.g. "fails on high findings and above (controlling PMO); fails on more than 3 findings or when governance is
    /// below maturity level 4 (policy file pmoassess.yaml)".
    /// </summary>
    public static string Of(EffectivePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var settings = policy.GateSettings;
        var conditions = new List<string>();
        if (settings.MaxFindings is { } maximum)
        {
            conditions.Add(Invariant($"on more than {maximum} findings"));
        }

        if (settings.MinCoverage is { } floor)
        {
            conditions.Add("when a rule passes for less than " + Shares.Format(floor) + " of its subjects");
        }

        foreach (var (category, minimum) in settings.MinLevel.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            conditions.Add(Invariant($"when {category} is below maturity level {minimum}"));
        }

        if (conditions.Count == 0)
        {
            return policy.Gate.Explanation;
        }

        var fromFile = "fails " + OneOf(conditions) + " (policy file " + policy.File!.File + ")";
        if (policy.Gate.FailOn is not null)
        {
            return policy.Gate.Explanation + "; " + fromFile;
        }

        return fromFile + "; no finding fails it by its severity alone (" +
            (policy.PmoType is PmoType.Supportive ? "a supportive PMO gives advice" : "set --fail-on or --pmo-type") + ")";
    }

    /// <summary>"a", "a or b", "a, b or c".</summary>
    private static string OneOf(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items[..^1]) + " or " + items[^1];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
