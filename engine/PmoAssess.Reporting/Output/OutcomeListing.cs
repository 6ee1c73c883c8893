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

    /// <summary>Whether <paramref name="outcome"/> is listed one by one when <paramref name="everyOutcome"/> says whether all are.</summary>
    public static bool IsListed(RuleOutcome outcome, bool everyOutcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return everyOutcome || outcome.Status is not (OutcomeStatus.Passed or OutcomeStatus.NotApplicable);
    }
}
