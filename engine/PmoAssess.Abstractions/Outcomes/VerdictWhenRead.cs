namespace PmoAssess.Outcomes;

/// <summary>
/// The verdict of an outcome made again by its rule when first read (<see cref="RuleOutcome.DecidedWhenRead"/>), then
/// kept for as long as the outcome is. Two are equal when they stand for the same rule and subject.
/// </summary>
internal abstract class VerdictWhenRead
{
    private Verdict? _verdict;

    /// <summary>The verdict, decided on first read. Threads racing to read it first each decide it; one answer is kept.</summary>
    public Verdict Verdict => _verdict ??= Decide();

    /// <summary>
    /// The verdict's message, for a reader that wants nothing else of it: the verdict's, once decided, or the message
    /// alone as the rule makes it (<see cref="DecideMessage"/>), not kept.
    /// </summary>
    public string? Message => _verdict is { } verdict ? verdict.Message : DecideMessage();

    /// <summary>Asks the rule again.</summary>
    protected abstract Verdict Decide();

    /// <summary>Asks the rule again for the message alone; by default, the whole verdict's.</summary>
    protected virtual string? DecideMessage() => Verdict.Message;
}
