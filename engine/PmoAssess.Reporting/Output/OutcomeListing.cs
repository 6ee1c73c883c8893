using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;

namespace PmoAssess.Reporting.Output;

/// <summary>
/// Which outcomes the machine-readable outputs list one by one. Every outcome, up to <see cref="EveryOutcomeLimit"/>; past
/// that (a portfolio of some hundred thousand projects), only those that need attention (failed, not assessable, errors)
/// are listed, and passes and not-applicable outcomes are counted per rule instead: tens of millions of "passed" entries
/// would make files of tens of gigabytes that no program or person reads.
/// </summary>
public static class OutcomeListing
{
    /// <summary>The most outcomes an assessment can have for <c>findings.json</c> and <c>junit.xml</c> to list every one.</summary>
    public const int EveryOutcomeLimit = 1_000_000;

    /// <summary>Whether the report's outputs list every outcome, passes and not-applicable ones included.</summary>
    public static bool ListsEveryOutcome(AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Outcomes.Count <= EveryOutcomeLimit;
    }

    /// <summary>The outcomes listed one by one, in order: every one, or past the limit those that need attention.</summary>
    public static IReadOnlyList<RuleOutcome> Listed(AssessmentReport report) =>
        ListsEveryOutcome(report) ? report.Outcomes : report.OutcomesNeedingAttention;

    /// <summary>
    /// The rule and status of the outcome at <paramref name="index"/> of <paramref name="outcomes"/>, without making it when
    /// the list can tell them (<see cref="IOutcomeList"/>).
    /// </summary>
    public static (string RuleId, OutcomeStatus Status) RuleAndStatusAt(IReadOnlyList<RuleOutcome> outcomes, int index)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes is IOutcomeList list)
        {
            return list.RuleAndStatusAt(index);
        }

        var outcome = outcomes[index];
        return (outcome.RuleId, outcome.Status);
    }

    /// <summary>
    /// Lets <paramref name="readers"/> outputs that read the listed outcomes side by side (<see cref="Listed"/>) share them
    /// until disposed: each outcome is made, and its rule asked again for its message and evidence, by whichever reads it
    /// first, and let go once all have read it. Outputs that read the list out of step share less, never more than a few
    /// hundred thousand outcomes held at once; fewer than two readers share nothing.
    /// </summary>
    public static IDisposable Share(AssessmentReport report, int readers) =>
        readers >= 2 && Listed(report) is IOutcomeList list ? list.Share(readers) : NothingShared.Instance;

    private sealed class NothingShared : IDisposable
    {
        public static readonly NothingShared Instance = new();

        public void Dispose()
        {
        }
    }

    /// <summary>Whether an outcome of <paramref name="status"/> needs attention: failed, not assessable or an error.</summary>
    public static bool NeedsAttention(OutcomeStatus status) => status is not (OutcomeStatus.Passed or OutcomeStatus.NotApplicable);
}
