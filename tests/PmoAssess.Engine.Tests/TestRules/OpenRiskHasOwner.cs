using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.TestRules;

/// <summary>RSK-001 (high): open risks have an owner; closed risks are not applicable.</summary>
public sealed class OpenRiskHasOwner : SubjectRule<Risk>
{
    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("RSK-001", Severity.High, EntityKind.Risk);

    protected override bool AppliesTo(Risk risk) => risk.Status == ItemStatus.Open;

    protected override Verdict Assess(Risk risk, IAssessmentContext context) =>
        risk.Owner is null ? Verdict.Fail("Open risk has no owner.", risk.EvidenceOf("owner")) : Verdict.Pass();
}
