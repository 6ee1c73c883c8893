using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace Contoso.Pmo.Rules;

/// <summary>CON-001: every project over £1M that has left initiation has an approved business case.</summary>
public sealed class LargeProjectHasApprovedBusinessCase : SubjectRule<Project>
{
    /// <summary>Contoso's investment policy: above this budget at completion (GBP), the Investment Committee approves the business case.</summary>
    public const decimal Threshold = 1_000_000m;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "CON-001",
        Title = "Projects over £1M have an approved business case",
        Description = "Every project in planning, execution or closing whose budget at completion is over £1,000,000 has an approved " +
            "business case. Contoso approves business cases at gate G1 (Business justification), at the end of initiation.",
        Rationale = "Above £1M, Contoso's investment policy asks the Investment Committee to agree that the benefits justify the cost " +
            "before money is committed to planning and delivery. A large project without an approved business case is spending money " +
            "nobody has agreed to spend, and there is no baseline to judge later whether it is still worth doing.",
        Remediation = "Take the business case to the next Investment Committee. Until it is approved, limit spend to the work needed to complete it.",
        Severity = Severity.High,
        Category = "governance",
        MaturityLevel = 2,
        Tags = ["business-case", "investment"],
        AppliesTo = EntityKind.Project,
    };

    // A project whose budget is unknown might be over the threshold: it applies, and Assess says the budget is missing.
    // Only a budget known to be at or under £1M makes the rule not applicable.
    /// <inheritdoc />
    protected override bool AppliesTo(Project project) =>
        project.Stage is LifecycleStage.Planning or LifecycleStage.Execution or LifecycleStage.Closing &&
        !(project.BudgetAtCompletion is { } budget && budget <= Threshold);

    /// <inheritdoc />
    protected override Verdict Assess(Project project, IAssessmentContext context)
    {
        if (project.BudgetAtCompletion is not { } budget)
        {
            return Verdict.NotAssessable(project.EvidenceOf("budgetAtCompletion"));
        }

        if (project.BusinessCaseApproved is not { } approved)
        {
            return Verdict.NotAssessable(project.EvidenceOf("businessCaseApproved"));
        }

        Evidence[] evidence = [project.EvidenceOf("budgetAtCompletion", budget), project.EvidenceOf("businessCaseApproved", approved)];
        return approved
            ? Verdict.Pass(evidence)
            : Verdict.Fail(FormattableString.Invariant($"The budget is £{budget:#,0}, over £{Threshold:#,0}, but the business case is not approved."), evidence);
    }
}
