using PmoAssess.Facts;
using PmoAssess.Fixtures.Helpers;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Fixtures.Dependent;

/// <summary>FIX-DEP-001: passes projects with a sponsor, fails those without, asking the helper library whether the name is blank.</summary>
public sealed class ProjectHasSponsorName : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "FIX-DEP-001",
        Title = "Projects name a sponsor",
        Severity = Severity.Medium,
        Category = "fixtures",
        AppliesTo = EntityKind.Project,
    };

    protected override Verdict Assess(Project project, IAssessmentContext context) =>
        Text.IsBlank(project.Sponsor)
            ? Verdict.Fail("The project names no sponsor.", project.EvidenceOf("sponsor"))
            : Verdict.Pass(project.EvidenceOf("sponsor", project.Sponsor));
}
