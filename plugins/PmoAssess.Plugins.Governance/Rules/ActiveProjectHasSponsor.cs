using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Plugins.Governance.Rules;

/// <summary>GOV-001: every live project has a named sponsor.</summary>
public sealed class ActiveProjectHasSponsor : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "GOV-001",
        Title = "Active projects have a sponsor",
        Description = "Every project in initiation, planning, execution or closing names a sponsor (senior responsible owner).",
        Rationale = "A project without a sponsor has nobody accountable for its business case: decisions stall, " +
            "and when it runs into trouble there is no one with the authority to re-plan or stop it.",
        Remediation = "Appoint a sponsor with the authority and the time to own the business case, and record them in the portfolio register.",
        Severity = Severity.High,
        Category = "governance",
        MaturityLevel = 2,
        Tags = ["sponsorship"],
        AppliesTo = EntityKind.Project,
    };

    protected override bool AppliesTo(Project project) => project.IsActive;

    protected override Verdict Assess(Project project, IAssessmentContext context) =>
        project.Sponsor is null
            ? Verdict.Fail("The project has no sponsor.", project.EvidenceOf("sponsor"))
            : Verdict.Pass(project.EvidenceOf("sponsor", project.Sponsor));
}
