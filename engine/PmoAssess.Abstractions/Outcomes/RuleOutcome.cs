using PmoAssess.Facts;

namespace PmoAssess.Outcomes;

/// <summary>The result of one rule applied to one subject. Passes count as much as failures: maturity uses coverage.</summary>
public sealed record RuleOutcome
{
    /// <summary>The rule's id, e.g. <c>GOV-001</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>The kind of subject assessed.</summary>
    public required EntityKind SubjectKind { get; init; }

    /// <summary>The subject's id (a project id, a risk id), never a row number.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The project the subject belongs to, when it is a project's child record or the project itself.</summary>
    public string? ProjectId { get; init; }

    /// <summary>What happened.</summary>
    public required OutcomeStatus Status { get; init; }

    /// <summary>A sentence for a reader, e.g. why the rule failed.</summary>
    public string? Message
    {
        get => _later is { } later ? later.Verdict.Message : _message;
        init
        {
            Settle();
            _message = value;
        }
    }

    /// <summary>For <see cref="OutcomeStatus.NotAssessable"/>: the field whose value was missing.</summary>
    public string? MissingField
    {
        get => _later is { } later ? later.Verdict.MissingField : _missingField;
        init
        {
            Settle();
            _missingField = value;
        }
    }

    /// <summary>The values the rule looked at and where they came from.</summary>
    public IReadOnlyList<Evidence> Evidence
    {
        get => _later is { } later ? later.Verdict.Evidence : _evidence;
        init
        {
            Settle();
            _evidence = value;
        }
    }

    /// <summary>
    /// <see cref="Message"/>, for a reader that reads nothing else of the outcome (the history's record): a message made
    /// again when read is then made alone, without the evidence a verdict gathers with it.
    /// </summary>
    internal string? MessageAlone => _later is { } later ? later.Message : _message;

    private string? _message;
    private string? _missingField;
    private IReadOnlyList<Evidence> _evidence = [];

    // For an outcome whose message, missing field and evidence are the rule's verdict made again when first read.
    private VerdictWhenRead? _later;

    /// <summary>
    /// An outcome of rule <paramref name="ruleId"/> for <paramref name="subject"/> with <paramref name="status"/>, whose
    /// message, missing field and evidence are those of the verdict <paramref name="later"/> makes when first asked: a
    /// large assessment keeps millions of failed outcomes, and most of their messages are never read.
    /// </summary>
    internal static RuleOutcome DecidedWhenRead(Fact subject, string ruleId, OutcomeStatus status, VerdictWhenRead later)
    {
        var outcome = Create(subject, ruleId, status, null, null, []);
        outcome._later = later;
        return outcome;
    }

    // A copy made with another message, missing field or evidence (`with`) takes the others from the verdict first.
    private void Settle()
    {
        if (_later is { } later)
        {
            (_message, _missingField, _evidence, _later) = (later.Verdict.Message, later.Verdict.MissingField, later.Verdict.Evidence, null);
        }
    }

    /// <summary>The outcome of rule <paramref name="ruleId"/> for <paramref name="subject"/> that <paramref name="verdict"/> decides.</summary>
    public static RuleOutcome Of(Fact subject, string ruleId, Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return Create(subject, ruleId, verdict.Status, verdict.Message, verdict.MissingField, verdict.Evidence);
    }

    /// <summary>An outcome of rule <paramref name="ruleId"/> for <paramref name="subject"/>, naming the project it belongs to.</summary>
    public static RuleOutcome About(Fact subject, string ruleId, OutcomeStatus status) => Create(subject, ruleId, status, null, null, []);

    /// <summary>The project <paramref name="subject"/> is or belongs to, as an outcome about it names it; <c>null</c> for none.</summary>
    internal static string? ProjectOf(Fact subject) => subject switch
    {
        Project project => project.Id,
        ProjectChild child => child.ProjectId,
        _ => null,
    };

    // One object per outcome, not one and then a copy with the verdict's fields: a large assessment makes millions.
    private static RuleOutcome Create(Fact subject, string ruleId, OutcomeStatus status, string? message, string? missingField, IReadOnlyList<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentException.ThrowIfNullOrEmpty(ruleId);
        return new RuleOutcome
        {
            RuleId = ruleId,
            SubjectKind = subject.Kind,
            SubjectId = subject.Id,
            ProjectId = ProjectOf(subject),
            Status = status,
            Message = message,
            MissingField = missingField,
            Evidence = evidence,
        };
    }
}
