using PmoAssess.Outcomes;

namespace PmoAssess.Policy;

/// <summary>
/// What the policy makes of an assessment's findings: which count, which are waived or baselined (listed apart,
/// never hidden), the state of every waiver, and whether the gate passed, with its reasons. Immutable.
/// </summary>
public sealed record PolicyVerdict
{
    /// <summary>Findings that count: not waived, not in the baseline, with the severity the policy gives them.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Findings a waiver covers, with the waiver.</summary>
    public required IReadOnlyList<(Finding Finding, Waiver Waiver)> Waived { get; init; }

    /// <summary>Findings the baseline accepts.</summary>
    public required IReadOnlyList<Finding> Baselined { get; init; }

    /// <summary>Baselined findings that are gone: fixed since the baseline was made.</summary>
    public required IReadOnlyList<BaselineEntry> FixedSinceBaseline { get; init; }

    /// <summary>Waivers past their expiry date: they no longer apply.</summary>
    public required IReadOnlyList<Waiver> Expired { get; init; }

    /// <summary>Waivers that still apply but expire within 30 days.</summary>
    public required IReadOnlyList<Waiver> ExpiringSoon { get; init; }

    /// <summary>
    /// Waivers in force whose rule matches a rule of the run but no failure of it: the finding was fixed, or the subject
    /// is written wrongly. A waiver whose rule matches no rule at all is in <see cref="MatchingNoRule"/> instead.
    /// </summary>
    public required IReadOnlyList<Waiver> Stale { get; init; }

    /// <summary>
    /// Waivers in force whose rule id or glob matches no rule of the run: almost always a mistyped id (<c>GOX-999</c>), or
    /// a rule the policy does not run. Told apart from <see cref="Stale"/> ones, which name a rule that ran.
    /// </summary>
    public IReadOnlyList<Waiver> MatchingNoRule { get; init; } = [];

    /// <summary>Why the gate failed, one reason per condition; empty when it passed.</summary>
    public required IReadOnlyList<string> GateFailures { get; init; }

    /// <summary>Whether the gate passed.</summary>
    public bool GatePassed => GateFailures.Count == 0;
}
