namespace PmoAssess.Outcomes;

/// <summary>Makes the outcome of a finding when it is first read (<see cref="Finding"/>).</summary>
internal abstract class OutcomeWhenRead
{
    /// <summary>The outcome.</summary>
    public abstract RuleOutcome Make();
}
