using NRules.Extensibility;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Assessment;

/// <summary>
/// The context one rule session's actions write to. Outcomes go to a list rather than into working
/// memory as facts, which halves fire time (DESIGN.md). Used by one session on one thread.
/// </summary>
internal sealed class OutcomeCollector : IAssessmentContext, IDependencyResolver
{
    private readonly List<RuleOutcome> _outcomes = [];

    public OutcomeCollector(DateOnly asOf) => AsOf = asOf;

    public DateOnly AsOf { get; }

    public IReadOnlyList<RuleOutcome> Outcomes => _outcomes;

    public void Record(RuleOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _outcomes.Add(outcome);
    }

    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(IAssessmentContext)
            ? this
            : throw new InvalidOperationException("Rules can depend on IAssessmentContext only. Service=" + serviceType.FullName);
}
