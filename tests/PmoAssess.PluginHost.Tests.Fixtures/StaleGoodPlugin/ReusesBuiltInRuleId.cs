using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Fixtures.StaleGood;

/// <summary>GOV-001: reuses the built-in governance plugin's rule id, so this plugin cannot run beside it.</summary>
public sealed class ReusesBuiltInRuleId : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "GOV-001",
        Title = "Projects have a manager",
        Severity = Severity.Medium,
        Category = "fixtures",
        AppliesTo = EntityKind.Project,
    };

    protected override Verdict Assess(Project project, IAssessmentContext context) =>
        project.Manager is null
            ? Verdict.Fail("The project has no manager.", project.EvidenceOf("manager"))
            : Verdict.Pass(project.EvidenceOf("manager", project.Manager));
}
