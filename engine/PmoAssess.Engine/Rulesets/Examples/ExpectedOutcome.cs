using PmoAssess.Outcomes;

namespace PmoAssess.Rulesets.Examples;

/// <summary>An outcome an example expects: the rule, the subject, the status and, optionally, the exact message.</summary>
public sealed record ExpectedOutcome
{
    /// <summary>Status names as examples spell them.</summary>
    internal static readonly IReadOnlyDictionary<string, OutcomeStatus> Statuses = new Dictionary<string, OutcomeStatus>(StringComparer.Ordinal)
    {
        ["passed"] = OutcomeStatus.Passed,
        ["failed"] = OutcomeStatus.Failed,
        ["not-applicable"] = OutcomeStatus.NotApplicable,
        ["not-assessable"] = OutcomeStatus.NotAssessable,
        ["error"] = OutcomeStatus.Error,
    };

    /// <summary>The rule's id.</summary>
    public required string Rule { get; init; }

    /// <summary>The subject's id.</summary>
    public required string Subject { get; init; }

    /// <summary>The status expected.</summary>
    public required OutcomeStatus Status { get; init; }

    /// <summary>The message expected, when the example states one.</summary>
    public string? Message { get; init; }

    internal static string StatusText(OutcomeStatus status) => Statuses.First(pair => pair.Value == status).Key;

    internal bool Matches(RuleOutcome outcome) =>
        string.Equals(outcome.RuleId, Rule, StringComparison.Ordinal) && string.Equals(outcome.SubjectId, Subject, StringComparison.Ordinal);

    internal bool IsMetBy(RuleOutcome outcome) =>
        outcome.Status == Status && (Message is null || string.Equals(outcome.Message, Message, StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => Rule + " " + Subject + " " + StatusText(Status) + (Message is null ? string.Empty : ": " + Message);
}
