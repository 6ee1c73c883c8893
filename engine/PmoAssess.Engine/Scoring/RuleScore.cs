using PmoAssess.Outcomes;

namespace PmoAssess.Scoring;

/// <summary>One rule's outcomes counted for a category at a level.</summary>
public sealed record RuleScore
{
    /// <summary>The rule.</summary>
    public required RuleDescriptor Rule { get; init; }

    /// <summary>The methodology category it is scored under.</summary>
    public required string Category { get; init; }

    /// <summary>The level it is scored at.</summary>
    public required int Level { get; init; }

    /// <summary>Subjects that passed.</summary>
    public required int Passed { get; init; }

    /// <summary>Subjects that failed.</summary>
    public required int Failed { get; init; }

    /// <summary>Subjects it applies to that could not be assessed (data missing, or the rule erred).</summary>
    public required int NotAssessable { get; init; }

    /// <summary>
    /// Passed ÷ the subjects it applies to (passed, failed and not assessable), or <c>null</c> when it applies to
    /// nothing: a subject whose data is missing counts against coverage, never as a pass.
    /// </summary>
    public decimal? Coverage => Passed + Failed + NotAssessable == 0 ? null : (decimal)Passed / (Passed + Failed + NotAssessable);

    /// <summary>Met, unmet, unknown or not evidenced.</summary>
    public required RuleState State { get; init; }

    /// <summary>Whether it keeps its category from a level: unmet or unknown.</summary>
    public bool Blocks => State is RuleState.Unmet or RuleState.Unknown;
}
