using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace Contoso.Pmo.Rules;

/// <summary>CON-002: every project in execution has at least one risk, open or closed, on its register.</summary>
public sealed class ExecutionProjectHasRiskRegister : SubjectRule<Project>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "CON-002",
        Title = "Projects in execution keep a risk register",
        Description = "Every project in execution has at least one risk, open or closed, on its risk register.",
        Rationale = "No project delivers without risk. An empty register in execution does not mean the project is safe: it means " +
            "nobody is looking, and the board first hears of a threat when it has already become an issue.",
        Remediation = "Hold a risk workshop with the project team and the sponsor, record each risk with an owner and a response, " +
            "and review the register with every monthly status report.",
        Severity = Severity.Medium,
        Category = "risk",
        MaturityLevel = 2,
        Tags = ["risk-register"],
        AppliesTo = EntityKind.Project,
    };

    /// <inheritdoc />
    protected override bool AppliesTo(Project project) => project.Stage == LifecycleStage.Execution;

    // The risks are attached to the project fact, so counting them needs no join in the rule engine (joins are slow in NRules).
    /// <inheritdoc />
    protected override Verdict Assess(Project project, IAssessmentContext context)
    {
        var risks = project.EvidenceOf("risks", project.Risks.Count);
        return project.Risks.Count > 0
            ? Verdict.Pass(risks)
            : Verdict.Fail("The project is in execution but its risk register is empty.", risks);
    }
}
