using PmoAssess.Outcomes;

namespace PmoAssess.Policy;

/// <summary>What the policy decides for one rule, and which layer decided it: the answer to <c>pmoassess policy explain RULE</c>.</summary>
public sealed record RuleDecision
{
    /// <summary>The rule.</summary>
    public required RuleDescriptor Rule { get; init; }

    /// <summary>Whether it runs.</summary>
    public required bool Enabled { get; init; }

    /// <summary>Why it runs or not, e.g. "disabled by 'DQ-*' (policy file)".</summary>
    public required string EnabledBecause { get; init; }

    /// <summary>The severity its failures carry.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Which layer set the severity, e.g. "'GOV-*': critical (policy file)".</summary>
    public required string SeverityBecause { get; init; }
}
