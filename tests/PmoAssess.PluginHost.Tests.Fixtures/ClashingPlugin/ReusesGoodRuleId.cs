using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Fixtures.Clashing;

/// <summary>FIX-GOOD-001: reuses GoodPlugin's rule id, so the two plugins cannot run together.</summary>
public sealed class ReusesGoodRuleId : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "FIX-GOOD-001",
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
