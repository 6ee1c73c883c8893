namespace PmoAssess.Outcomes;

/// <summary>What happened when a rule met a subject.</summary>
public enum OutcomeStatus
{
    /// <summary>The rule applied and its requirement held.</summary>
    Passed,
    /// <summary>The rule applied and its requirement did not hold: a finding.</summary>
    Failed,
    /// <summary>The rule does not apply to this subject (e.g. a sponsor rule on a closed project).</summary>
    NotApplicable,
    /// <summary>The rule applies but the data it needs is missing; the missing field is named.</summary>
    NotAssessable,
    /// <summary>The rule threw while assessing this subject; the other rules went on.</summary>
    Error,
}
