using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;

namespace PmoAssess.History;

/// <summary>One finding of a recorded run, keyed by rule and subject. Immutable.</summary>
public sealed record RecordedFinding
{
    /// <summary>The rule's id.</summary>
    public required string RuleId { get; init; }

    /// <summary>The kind of subject.</summary>
    public required EntityKind SubjectKind { get; init; }

    /// <summary>The subject's id.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The project the subject belongs to, if any.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The severity in force.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Whether it counted, was waived or was baselined.</summary>
    public required FindingState State { get; init; }

    /// <summary>The sentence for a reader, if any.</summary>
    public string? Message { get; init; }

    /// <summary>What identifies the finding from run to run.</summary>
    internal (string Rule, EntityKind Kind, string Subject) Key => (RuleId, SubjectKind, SubjectId);
}
