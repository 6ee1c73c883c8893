using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.TestRules;

/// <summary>
/// DEL-001 (medium): active projects have a CPI of at least 0.9. Its message interpolates decimals the way a
/// third-party rule would, so the current culture would show in it if the engine did not fire under the invariant one.
/// </summary>
public sealed class CostPerformanceAtLeastThreshold : SubjectRule<Project>
{
    private const decimal Threshold = 0.9m;

    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("DEL-001", Severity.Medium, EntityKind.Project);

    protected override bool AppliesTo(Project project) => project.IsActive;

    protected override Verdict Assess(Project project, IAssessmentContext context)
    {
        if (project.ActualCost is null)
        {
            return Verdict.NotAssessable(project.EvidenceOf("actualCost"));
        }

        var cpi = project.CostPerformanceIndex;
        return cpi < Threshold
            ? Verdict.Fail($"CPI is {cpi} against a threshold of {Threshold}.", project.EvidenceOf("earnedValue", project.EarnedValue))
            : Verdict.Pass();
    }
}
