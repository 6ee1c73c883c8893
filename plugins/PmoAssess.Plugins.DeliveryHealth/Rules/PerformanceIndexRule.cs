using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Plugins.DeliveryHealth.EarnedValue;
using PmoAssess.Rules;

namespace PmoAssess.Plugins.DeliveryHealth.Rules;

/// <summary>
/// An earned-value index (EV over a denominator) must not fall below a threshold on a project in
/// execution or closing. The cost and schedule rules differ only in their denominator.
/// </summary>
public abstract class PerformanceIndexRule : SubjectRule<Project>
{
    /// <summary>Below this the project is losing value for money (or time) faster than it plans to.</summary>
    public const decimal Threshold = 0.9m;

    protected abstract string IndexName { get; }

    protected abstract string DenominatorField { get; }

    protected abstract decimal? Denominator(Project project);

    protected override bool AppliesTo(Project project) =>
        project.Stage is LifecycleStage.Execution or LifecycleStage.Closing;

    protected override Verdict Assess(Project project, IAssessmentContext context)
    {
        if (project.EarnedValue is not { } earned)
        {
            return Verdict.NotAssessable(project.EvidenceOf("earnedValue"));
        }

        if (Denominator(project) is not { } denominator)
        {
            return Verdict.NotAssessable(project.EvidenceOf(DenominatorField));
        }

        if (denominator == 0)
        {
            return Verdict.NotAssessable(project.EvidenceOf(DenominatorField, denominator), FormattableString.Invariant(
                $"'{DenominatorField}' is zero, so {IndexName} is undefined."));
        }

        var index = earned / denominator;
        Evidence[] evidence = [project.EvidenceOf("earnedValue", earned), project.EvidenceOf(DenominatorField, denominator)];
        return index >= Threshold
            ? Verdict.Pass(evidence)
            : Verdict.Fail(FormattableString.Invariant($"{IndexName} is {MeasureText.Index(index)}, below {Threshold:0.00}."), evidence);
    }
}
