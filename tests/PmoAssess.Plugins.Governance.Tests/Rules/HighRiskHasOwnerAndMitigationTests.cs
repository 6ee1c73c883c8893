using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Plugins.Governance.Rules;
using static PmoAssess.Plugins.Governance.Tests.RuleHarness;

namespace PmoAssess.Plugins.Governance.Tests.Rules;

public sealed class HighRiskHasOwnerAndMitigationTests
{
    private const string Owner = "Grace Liu";
    private const string Mitigation = "Joint plan with the CIAM team; fallback to the existing login";

    [Theory]
    [InlineData(Severity.High)]
    [InlineData(Severity.Critical)]
    public void Assess_OpenHighRiskWithOwnerAndMitigation_Passes(Severity severity)
    {
        var outcome = Assess<HighRiskHasOwnerAndMitigation>(Risk(severity, ItemStatus.Open, Owner, Mitigation));

        outcome.Status.ShouldBe(OutcomeStatus.Passed);
        outcome.Message.ShouldBeNull();
        outcome.Evidence.ShouldBe([EvidenceOf("owner", Owner), EvidenceOf("mitigation", Mitigation)]);
    }

    [Fact]
    public void Assess_OpenCriticalRiskWithNeitherOwnerNorMitigation_Fails()
    {
        var outcome = Assess<HighRiskHasOwnerAndMitigation>(Risk(Severity.Critical, ItemStatus.Open, owner: null, mitigation: null));

        outcome.RuleId.ShouldBe("RSK-001");
        outcome.SubjectKind.ShouldBe(EntityKind.Risk);
        outcome.SubjectId.ShouldBe("RSK-1");
        outcome.ProjectId.ShouldBe("PRJ-1");
        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Message.ShouldBe("The risk has neither an owner nor a mitigation.");
        outcome.MissingField.ShouldBeNull();
        outcome.Evidence.ShouldBe([EvidenceOf("owner", null), EvidenceOf("mitigation", null)]);
    }

    [Theory]
    [InlineData(Severity.High)]
    [InlineData(Severity.Critical)]
    public void Assess_OpenHighRiskWithoutOwner_Fails(Severity severity)
    {
        var outcome = Assess<HighRiskHasOwnerAndMitigation>(Risk(severity, ItemStatus.Open, owner: null, Mitigation));

        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Message.ShouldBe("The risk has no owner.");
        outcome.Evidence.ShouldBe([EvidenceOf("owner", null)]);
    }

    [Theory]
    [InlineData(Severity.High)]
    [InlineData(Severity.Critical)]
    public void Assess_OpenHighRiskWithoutMitigation_Fails(Severity severity)
    {
        var outcome = Assess<HighRiskHasOwnerAndMitigation>(Risk(severity, ItemStatus.Open, Owner, mitigation: null));

        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Message.ShouldBe("The risk has no mitigation.");
        outcome.Evidence.ShouldBe([EvidenceOf("mitigation", null)]);
    }

    [Fact]
    public void Assess_OpenHighRiskWithoutOwner_IsAHighSeverityFinding()
    {
        var project = new Project
        {
            Id = "PRJ-1",
            Stage = LifecycleStage.Execution,
            Risks = [Risk(Severity.High, ItemStatus.Open, owner: null, Mitigation)],
        };

        var result = Run<HighRiskHasOwnerAndMitigation>(new PortfolioDataset { Projects = [project] });

        var finding = result.Findings.ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Severity.High);
        finding.Outcome.SubjectId.ShouldBe("RSK-1");
    }

    [Theory]
    [InlineData(Severity.High)]
    [InlineData(Severity.Critical)]
    public void Assess_ClosedHighRiskWithoutOwnerOrMitigation_IsNotApplicable(Severity severity)
    {
        var outcome = Assess<HighRiskHasOwnerAndMitigation>(Risk(severity, ItemStatus.Closed, owner: null, mitigation: null));

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
        outcome.Message.ShouldBeNull();
        outcome.Evidence.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Severity.Info)]
    [InlineData(Severity.Low)]
    [InlineData(Severity.Medium)]
    public void Assess_OpenLowerRiskWithoutOwnerOrMitigation_IsNotApplicable(Severity severity)
    {
        var outcome = Assess<HighRiskHasOwnerAndMitigation>(Risk(severity, ItemStatus.Open, owner: null, mitigation: null));

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
    }

    [Fact]
    public void Assess_OpenRiskWithUnknownSeverity_IsNotApplicable()
    {
        var outcome = Assess<HighRiskHasOwnerAndMitigation>(Risk(severity: null, ItemStatus.Open, owner: null, mitigation: null));

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
    }

    [Fact]
    public void Assess_HighRiskWithUnknownStatus_IsNotApplicable()
    {
        var outcome = Assess<HighRiskHasOwnerAndMitigation>(Risk(Severity.High, status: null, owner: null, mitigation: null));

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
    }

    [Fact]
    public void Assess_ProjectWithRisks_AssessesRisksOnlyAndEachOnce()
    {
        var project = new Project
        {
            Id = "PRJ-1",
            Stage = LifecycleStage.Execution,
            Risks =
            [
                Risk(Severity.High, ItemStatus.Open, Owner, Mitigation, id: "RSK-2"),
                Risk(Severity.Medium, ItemStatus.Open, owner: null, mitigation: null, id: "RSK-3"),
                Risk(Severity.Critical, ItemStatus.Open, owner: null, Mitigation, id: "RSK-1"),
            ],
        };

        var result = Run<HighRiskHasOwnerAndMitigation>(new PortfolioDataset { Projects = [project] });

        result.Outcomes.Select(outcome => (outcome.SubjectKind, outcome.SubjectId, outcome.Status)).ShouldBe(
        [
            (EntityKind.Risk, "RSK-1", OutcomeStatus.Failed),
            (EntityKind.Risk, "RSK-2", OutcomeStatus.Passed),
            (EntityKind.Risk, "RSK-3", OutcomeStatus.NotApplicable),
        ]);
    }

    private static Risk Risk(Severity? severity, ItemStatus? status, string? owner, string? mitigation, string id = "RSK-1") => new()
    {
        Id = id,
        ProjectId = "PRJ-1",
        Severity = severity,
        Status = status,
        Owner = owner,
        Mitigation = mitigation,
    };
}
