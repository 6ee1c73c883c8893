using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Reporting.Json;

/// <summary>
/// One outcome as a <c>findings.json</c> file records it. A baseline identifies a finding by
/// (<see cref="RuleId"/>, <see cref="SubjectKind"/>, <see cref="SubjectId"/>) and compares its
/// <see cref="Status"/> and <see cref="Severity"/>. Immutable.
/// </summary>
public sealed record FindingsOutcome
{
    /// <summary>The rule's id.</summary>
    public required string RuleId { get; init; }

    /// <summary>The kind of subject assessed.</summary>
    public required EntityKind SubjectKind { get; init; }

    /// <summary>The subject's id, e.g. a project or risk id.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The project the subject belongs to, if any.</summary>
    public string? ProjectId { get; init; }

    /// <summary>What happened.</summary>
    public required OutcomeStatus Status { get; init; }

    /// <summary>For a failed outcome, the severity in force; <c>null</c> otherwise.</summary>
    public Severity? Severity { get; init; }

    /// <summary>The sentence for a reader, if any.</summary>
    public string? Message { get; init; }

    /// <summary>For a not-assessable outcome, the field whose value was missing.</summary>
    public string? MissingField { get; init; }

    /// <summary>The values the rule looked at and the cells they came from.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
