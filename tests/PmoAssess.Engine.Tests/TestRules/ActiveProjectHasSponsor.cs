using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.TestRules;

/// <summary>GOV-001 (critical): active projects have a sponsor; closed projects are not applicable.</summary>
public sealed class ActiveProjectHasSponsor : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("GOV-001", Severity.Critical, EntityKind.Project);

    protected override bool AppliesTo(Project project) => project.IsActive;

    protected override Verdict Assess(Project project, IAssessmentContext context) =>
        project.Sponsor is null
            ? Verdict.Fail("Active project has no sponsor.", project.EvidenceOf("sponsor"))
            : Verdict.Pass(project.EvidenceOf("sponsor", project.Sponsor));
}
