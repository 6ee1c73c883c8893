using PmoAssess.Outcomes;

namespace PmoAssess.Policy;

/// <summary>What fails the gate, as a policy file sets it. Every part is optional; each that is set must hold.</summary>
public sealed record GateSettings
{
    /// <summary>Fail on a finding of this severity or higher.</summary>
    public Severity? FailOn { get; init; }

    /// <summary>Fail when there are more findings than this (waived and baselined ones do not count).</summary>
    public int? MaxFindings { get; init; }

    /// <summary>Fail when any rule's coverage (passed ÷ applicable) is below this share.</summary>
    public decimal? MinCoverage { get; init; }

    /// <summary>Fail when a category's maturity level is below its minimum.</summary>
    public IReadOnlyDictionary<string, int> MinLevel { get; init; } = new Dictionary<string, int>();
}
