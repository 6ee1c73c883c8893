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

    /// <summary>The most outcomes listed for the outputs to share them (<see cref="Share"/>).</summary>
    /// <remarks>
    /// An outcome that waits for the second reader may outlive a young collection and then waits for a full one. Measured
    /// at a million projects recorded in history (6.5 million listed), sharing raised the peak from 5,598 to 5,881 and
    /// 6,009 MiB, past the 6 GB a run of that size is allowed, and saved no time beyond the spread between runs (70.8 and
    /// 68.8 s against 71.6 s); at 100,000 projects (651,000 listed) it saved 0.1 to 0.6 s of a 6 s run.
    /// </remarks>
    public const int MostShared = 2_000_000;

    /// <summary>
    /// Lets <paramref name="readers"/> outputs that read the listed outcomes side by side (<see cref="Listed"/>) share them
    /// until disposed: each outcome is made, and its rule asked again for its message and evidence, by whichever reads it
    /// first, and let go once all have read it. Outputs that read the list out of step share less, never more than a few
    /// hundred thousand outcomes held at once. Fewer than two readers, or more than <see cref="MostShared"/> outcomes
    /// listed, share nothing.
    /// </summary>
    public static IDisposable Share(AssessmentReport report, int readers) =>
        readers >= 2 && Listed(report) is IOutcomeList { Count: <= MostShared } list ? list.Share(readers) : NothingShared.Instance;

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
