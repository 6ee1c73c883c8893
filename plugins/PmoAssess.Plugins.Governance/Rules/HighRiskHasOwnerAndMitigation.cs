using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Plugins.Governance.Rules;

/// <summary>RSK-001: every open high or critical risk has an owner and a mitigation.</summary>
public sealed class HighRiskHasOwnerAndMitigation : SubjectRule<Risk>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "RSK-001",
        Title = "High risks have an owner and a mitigation",
        Description = "Every open risk rated high or critical names an owner and a planned mitigation.",
        Rationale = "A serious risk that nobody owns is a risk nobody is managing. Recording it is not enough: " +
            "someone must be answerable for the response, and the response must be written down.",
        Remediation = "Assign an owner for each high risk and record the mitigation, its cost and its due date in the risk register.",
        Severity = Severity.High,
        Category = "risk",
        MaturityLevel = 2,
        Tags = ["risk-register"],
        AppliesTo = EntityKind.Risk,
    };

    protected override bool AppliesTo(Risk risk) =>
        risk.Status == ItemStatus.Open && risk.Severity is Severity.High or Severity.Critical;

    protected override Verdict Assess(Risk risk, IAssessmentContext context)
    {
        var owner = risk.EvidenceOf("owner", risk.Owner);
        var mitigation = risk.EvidenceOf("mitigation", risk.Mitigation);
        return (risk.Owner, risk.Mitigation) switch
        {
            (null, null) => Verdict.Fail("The risk has neither an owner nor a mitigation.", owner, mitigation),
            (null, _) => Verdict.Fail("The risk has no owner.", owner),
            (_, null) => Verdict.Fail("The risk has no mitigation.", mitigation),
            _ => Verdict.Pass(owner, mitigation),
        };
    }
}
