using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Fixtures.Good;

/// <summary>FIX-GOOD-001: passes projects with a manager, fails those without.</summary>
public sealed class ProjectHasManager : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "FIX-GOOD-001",
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
