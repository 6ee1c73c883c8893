using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Reporting.Model;

/// <summary>How one rule fared across all its subjects.</summary>
public sealed record RuleSummary
{
    /// <summary>The rule.</summary>
    public required RuleDescriptor Rule { get; init; }

    /// <summary>Where the rule came from.</summary>
    public required string Source { get; init; }

    /// <summary>Subjects that met the requirement.</summary>
    public required int Passed { get; init; }

    /// <summary>Subjects that did not.</summary>
    public required int Failed { get; init; }

    /// <summary>Subjects the rule does not apply to.</summary>
    public required int NotApplicable { get; init; }

    /// <summary>Subjects whose data could not decide.</summary>
    public required int NotAssessable { get; init; }

    /// <summary>Subjects on which the rule threw.</summary>
    public required int Errors { get; init; }

    /// <summary>Subjects the rule applies to, whatever the outcome.</summary>
    public int Applicable => Passed + Failed + NotAssessable + Errors;

    /// <summary>
    /// Passed over applicable, or <c>null</c> when nothing applies. Not-assessable subjects count
    /// against coverage: missing data is never scored as a pass.
    /// </summary>
    public decimal? Coverage => Applicable == 0 ? null : (decimal)Passed / Applicable;

    internal static RuleSummary Of(RegisteredRule rule, IReadOnlyDictionary<OutcomeStatus, int> counts)
    {
        return new RuleSummary
        {
            Rule = rule.Descriptor,
            Source = rule.Source,
            Passed = counts.GetValueOrDefault(OutcomeStatus.Passed),
            Failed = counts.GetValueOrDefault(OutcomeStatus.Failed),
            NotApplicable = counts.GetValueOrDefault(OutcomeStatus.NotApplicable),
            NotAssessable = counts.GetValueOrDefault(OutcomeStatus.NotAssessable),
            Errors = counts.GetValueOrDefault(OutcomeStatus.Error),
        };
    }
}
