using PmoAssess.Outcomes;

namespace PmoAssess.Policy;

/// <summary>
/// The CI gate of one run: the lowest severity that fails it (or none), and why, for the report. An explicit
/// threshold wins over the PMO type's default; a supportive PMO gives advice and fails nothing.
/// </summary>
public sealed record Gate(Severity? FailOn, string Explanation)
{
    /// <summary>The gate for an explicit threshold, else the PMO type's default.</summary>
    public static Gate For(Severity? failOn, PmoType? pmoType)
    {
        if (failOn is { } threshold)
        {
            return new Gate(threshold, "fails on " + Name(threshold) + " findings and above (--fail-on)");
        }

        return pmoType switch
        {
            PmoType.Supportive => new Gate(null, "a supportive PMO gives advice: no finding fails the gate"),
            { } type => new Gate(type.DefaultGate(), "fails on " + Name(type.DefaultGate()!.Value) + " findings and above (" + Name(type) + " PMO)"),
            null => new Gate(null, "none: no finding fails the run (set --fail-on or --pmo-type)"),
        };
    }

    /// <summary>The findings severe enough to fail the gate.</summary>
    public IEnumerable<Finding> Failing(IEnumerable<Finding> findings) =>
        FailOn is { } threshold ? findings.Where(finding => finding.Severity >= threshold) : [];

    /// <summary>Whether <paramref name="findings"/> fail the gate.</summary>
    public bool FailedBy(IEnumerable<Finding> findings) => Failing(findings).Any();

    private static string Name(Enum value) => value.ToString().ToLowerInvariant();
}
