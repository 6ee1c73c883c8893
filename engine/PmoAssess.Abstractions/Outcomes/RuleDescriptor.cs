using PmoAssess.Facts;

namespace PmoAssess.Outcomes;

/// <summary>
/// What a rule is: its id, what it checks, why it matters and how to fix a failure.
/// Every rule carries one, whatever it was written in (C# plugin or YAML ruleset).
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Unique id across all loaded rules, e.g. <c>GOV-001</c>.</summary>
    public required string Id { get; init; }

    /// <summary>A short statement of the requirement, e.g. "Active projects have a sponsor".</summary>
    public required string Title { get; init; }

    /// <summary>What the rule checks, in a paragraph.</summary>
    public string? Description { get; init; }

    /// <summary>Why it matters, in words a consultant could read out to a client.</summary>
    public string? Rationale { get; init; }

    /// <summary>What to do about a failure.</summary>
    public string? Remediation { get; init; }

    /// <summary>The default severity of a failure.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The PMO function it belongs to, e.g. <c>governance</c>, <c>transparency</c>, <c>delivery</c>, <c>risk</c>.</summary>
    public required string Category { get; init; }

    /// <summary>The maturity level at which the rule is expected to be met (1 to 5), if it has one.</summary>
    public int? MaturityLevel { get; init; }

    /// <summary>Free tags for selection, e.g. <c>evm</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The kind of subject the rule assesses.</summary>
    public required EntityKind AppliesTo { get; init; }
}
