using PmoAssess.Outcomes;

namespace PmoAssess.Rules;

/// <summary>
/// What a rule can see of the assessment it runs in, and where it hands its outcomes.
/// One context per rule session; rule actions resolve it as an NRules dependency.
/// </summary>
public interface IAssessmentContext
{
    /// <summary>The date the assessment is made as of (from the injected clock or <c>--as-of</c>), in UTC.</summary>
    DateOnly AsOf { get; }

    /// <summary>Records the outcome of a rule for a subject.</summary>
    void Record(RuleOutcome outcome);
}
