using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Plugins.Governance.Rules;

/// <summary>GOV-002: no project is in execution without an approved charter.</summary>
public sealed class ExecutionProjectHasApprovedCharter : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "GOV-002",
        Title = "Projects in execution have an approved charter",
        Description = "Every project in the execution stage has a charter (or mandate) that has been approved.",
        Rationale = "The charter is the authority to spend: it fixes scope, objectives and who decides. " +
            "Spending without one means the organisation has committed money it never agreed to commit.",
        Remediation = "Take the charter to the approving body now, and until it is approved treat further spend as at risk.",
        Severity = Severity.High,
        Category = "governance",
        MaturityLevel = 2,
        Tags = ["charter", "authorisation"],
        AppliesTo = EntityKind.Project,
    };

    protected override bool AppliesTo(Project project) => project.Stage == LifecycleStage.Execution;

    protected override Verdict Assess(Project project, IAssessmentContext context) => project.CharterApproved switch
    {
        null => Verdict.NotAssessable(project.EvidenceOf("charterApproved")),
        false => Verdict.Fail("The project is in execution but its charter is not approved.", project.EvidenceOf("charterApproved", false)),
        true => Verdict.Pass(project.EvidenceOf("charterApproved", true)),
    };
}
