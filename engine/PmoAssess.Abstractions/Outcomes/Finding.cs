using System.Diagnostics.CodeAnalysis;

namespace PmoAssess.Outcomes;

/// <summary>A failed outcome together with the rule that produced it: what goes into a report and a CI gate.</summary>
public sealed record Finding
{
    /// <summary>Makes a finding; set every required member.</summary>
    public Finding()
    {
    }

    /// <summary>A finding whose outcome <paramref name="later"/> makes when first read.</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // Outcome is made from `later` when first read.
    internal Finding(RuleDescriptor rule, Severity severity, OutcomeWhenRead later) => (Rule, Severity, _later) = (rule, severity, later);
#pragma warning restore CS8618

    /// <summary>The rule that failed.</summary>
    public required RuleDescriptor Rule { get; init; }

    /// <summary>The failed outcome: subject, message and evidence.</summary>
    public required RuleOutcome Outcome
    {
        get => _outcome ??= _later!.Make();
        init => (_outcome, _later) = (value, null);
    }

    /// <summary>The severity in force for this finding (the rule's default unless a policy overrides it).</summary>
    public required Severity Severity { get; init; }

    // A large assessment's findings are millions, made as they are read: most reads ask only the rule and the severity
    // (counting by severity, grouping by category), and the outcome would fetch the subject from wherever it sits in memory.
    private RuleOutcome? _outcome;
    private OutcomeWhenRead? _later;

    /// <inheritdoc />
    public bool Equals(Finding? other) => other is not null && (ReferenceEquals(this, other)
        || (Rule == other.Rule && Severity == other.Severity && Outcome == other.Outcome));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, Severity, Outcome);
}
