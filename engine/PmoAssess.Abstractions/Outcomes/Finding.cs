namespace PmoAssess.Outcomes;

/// <summary>A failed outcome together with the rule that produced it: what goes into a report and a CI gate.</summary>
public sealed record Finding
{
    /// <summary>The rule that failed.</summary>
    public required RuleDescriptor Rule { get; init; }

    /// <summary>The failed outcome: subject, message and evidence.</summary>
    public required RuleOutcome Outcome { get; init; }

    /// <summary>The severity in force for this finding (the rule's default unless a policy overrides it).</summary>
    public required Severity Severity { get; init; }
}
