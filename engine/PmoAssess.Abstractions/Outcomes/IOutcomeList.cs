namespace PmoAssess.Outcomes;

/// <summary>
/// A list of outcomes, each made when it is read, that tells an outcome's rule and status without making it. A large
/// assessment lists hundreds of thousands of outcomes, and a pass that only sorts or counts them by rule and status need
/// not fetch each one's subject from wherever it sits in memory.
/// </summary>
internal interface IOutcomeList : IReadOnlyList<RuleOutcome>
{
    /// <summary>The rule and status of the outcome at <paramref name="index"/>: its <see cref="RuleOutcome.RuleId"/> and <see cref="RuleOutcome.Status"/>.</summary>
    (string RuleId, OutcomeStatus Status) RuleAndStatusAt(int index);

    /// <summary>
    /// Shares the list's outcomes among <paramref name="readers"/> reading it side by side, until disposed: each made by the
    /// first to read it and let go once all have. At least two readers.
    /// </summary>
    IDisposable Share(int readers);
}
