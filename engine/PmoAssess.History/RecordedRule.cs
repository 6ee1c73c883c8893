using PmoAssess.Outcomes;

namespace PmoAssess.History;

/// <summary>How one rule fared in a recorded run: its outcome counts, from which its coverage follows. Immutable.</summary>
public sealed record RecordedRule
{
    /// <summary>The rule's id.</summary>
    public required string Id { get; init; }

    /// <summary>The requirement, in a line.</summary>
    public required string Title { get; init; }

    /// <summary>The PMO function it belongs to.</summary>
    public required string Category { get; init; }

    /// <summary>The rule's default severity.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Subjects that met the requirement.</summary>
    public required int Passed { get; init; }

    /// <summary>Subjects that did not.</summary>
    public required int Failed { get; init; }

    /// <summary>Subjects the rule does not apply to.</summary>
    public required int NotApplicable { get; init; }

    /// <summary>Subjects whose data could not decide.</summary>
    public required int NotAssessable { get; init; }

    /// <summary>Subjects on which the rule threw.</summary>
    public required int Errors { get; init; }

    /// <summary>Passed over applicable (not-assessable subjects count against it), or <c>null</c> when nothing applied.</summary>
    public decimal? Coverage => Passed + Failed + NotAssessable + Errors is var applicable and > 0 ? (decimal)Passed / applicable : null;
}
