using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Reporting.Model;

/// <summary>
/// A finding that appeared or went away between two runs, identified by rule and subject (never by row number, which
/// moves when a client re-sorts an export). Immutable.
/// </summary>
public sealed record FindingChange
{
    /// <summary>The rule's id.</summary>
    public required string RuleId { get; init; }

    /// <summary>The kind of subject.</summary>
    public required EntityKind SubjectKind { get; init; }

    /// <summary>The subject's id, e.g. a project or risk id.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The project the subject belongs to, if any.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The severity in force in the run that had the finding.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Whether the finding counted, was waived or was baselined in the run that had it.</summary>
    public FindingState State { get; init; }

    /// <summary>The finding's sentence in the run that had it, if any.</summary>
    public string? Message { get; init; }
}
