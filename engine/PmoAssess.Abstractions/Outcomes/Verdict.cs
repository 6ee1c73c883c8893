namespace PmoAssess.Outcomes;

/// <summary>
/// What a rule decides about one subject it applies to. Rules return verdicts; the engine turns
/// them into <see cref="RuleOutcome"/>s carrying the rule and subject.
/// </summary>
public sealed class Verdict
{
    private Verdict(OutcomeStatus status, string? message, string? missingField, IReadOnlyList<Evidence> evidence)
    {
        Status = status;
        Message = message;
        MissingField = missingField;
        Evidence = evidence;
    }

    /// <summary>Passed, failed or not assessable.</summary>
    public OutcomeStatus Status { get; }

    /// <summary>A sentence for a reader.</summary>
    public string? Message { get; }

    /// <summary>The missing field, for a not-assessable verdict.</summary>
    public string? MissingField { get; }

    /// <summary>The values the rule looked at.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>The requirement holds.</summary>
    public static Verdict Pass(params Evidence[] evidence) => new(OutcomeStatus.Passed, null, null, evidence);

    /// <summary>The requirement holds, with a sentence saying how well (e.g. the share of a population that meets it).</summary>
    /// <param name="message">A sentence a client can read; formatted in the invariant culture.</param>
    /// <param name="evidence">The values that show it.</param>
    public static Verdict Pass(string message, params Evidence[] evidence)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        return new(OutcomeStatus.Passed, message, null, evidence);
    }

    /// <summary>The requirement does not hold.</summary>
    /// <param name="message">Why, in a sentence a client can read; formatted in the invariant culture.</param>
    /// <param name="evidence">The values that show it, with the cells they came from.</param>
    public static Verdict Fail(string message, params Evidence[] evidence)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        return new(OutcomeStatus.Failed, message, null, evidence);
    }

    /// <summary>The rule applies but cannot decide because a field it needs has no value.</summary>
    /// <param name="evidence">The field, with the cell that was blank (or no cell if the column is absent).</param>
    /// <param name="reason">Why the value cannot be used, when it is not simply missing (e.g. a zero divisor).</param>
    public static Verdict NotAssessable(Evidence evidence, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return new(OutcomeStatus.NotAssessable, reason ?? NoValueFor(evidence.Field), evidence.Field, [evidence]);
    }

    // One sentence per field, not one per subject: a large portfolio has hundreds of thousands of blank cells, and their
    // outcomes are kept to the end of the run. Bounded, should fields be named by anything but rules.
    // Counted only when a field is new: ConcurrentDictionary.Count takes every lock of the table.
    private static string NoValueFor(string field)
    {
        if (NoValueSentences.TryGetValue(field, out var sentence))
        {
            return sentence;
        }

        sentence = "No value for '" + field + "'.";
        return NoValueSentences.Count < MaxNoValueSentences ? NoValueSentences.GetOrAdd(field, sentence) : sentence;
    }

    private const int MaxNoValueSentences = 1024;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> NoValueSentences = new(StringComparer.Ordinal);
}
