using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Fixtures.PrivateNRules;

/// <summary>FIX-PRIVATE-001: a working rule in a plugin that ships private copies of NRules and the contract.</summary>
public sealed class ProjectHasSponsor : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "FIX-PRIVATE-001",
        Title = "Projects have a sponsor",
        Severity = Severity.Medium,
        Category = "fixtures",
        AppliesTo = EntityKind.Project,
    };

    protected override Verdict Assess(Project project, IAssessmentContext context) =>
        project.Sponsor is null
            ? Verdict.Fail("The project has no sponsor.", project.EvidenceOf("sponsor"))
            : Verdict.Pass(project.EvidenceOf("sponsor", project.Sponsor));
}
