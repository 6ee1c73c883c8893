using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Plugins.Governance.Rules;
using static PmoAssess.Plugins.Governance.Tests.RuleHarness;

namespace PmoAssess.Plugins.Governance.Tests.Rules;

public sealed class ActiveProjectHasSponsorTests
{
    [Theory]
    [InlineData(LifecycleStage.Initiation)]
    [InlineData(LifecycleStage.Planning)]
    [InlineData(LifecycleStage.Execution)]
    [InlineData(LifecycleStage.Closing)]
    public void Assess_ActiveProjectWithSponsor_Passes(LifecycleStage stage)
    {
        var outcome = Assess<ActiveProjectHasSponsor>(new Project { Id = "PRJ-1", Stage = stage, Sponsor = "Zoë Müller" });

        outcome.Status.ShouldBe(OutcomeStatus.Passed);
        outcome.Message.ShouldBeNull();
        outcome.Evidence.ShouldBe([EvidenceOf("sponsor", "Zoë Müller")]);
    }

    [Theory]
    [InlineData(LifecycleStage.Initiation)]
    [InlineData(LifecycleStage.Planning)]
    [InlineData(LifecycleStage.Execution)]
    [InlineData(LifecycleStage.Closing)]
    public void Assess_ActiveProjectWithoutSponsor_Fails(LifecycleStage stage)
    {
        var outcome = Assess<ActiveProjectHasSponsor>(new Project { Id = "PRJ-1", Stage = stage });

        outcome.RuleId.ShouldBe("GOV-001");
        outcome.SubjectKind.ShouldBe(EntityKind.Project);
        outcome.ProjectId.ShouldBe("PRJ-1");
        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Message.ShouldBe("The project has no sponsor.");
        outcome.MissingField.ShouldBeNull();
        outcome.Evidence.ShouldBe([EvidenceOf("sponsor", null)]);
    }

    [Fact]
    public void Assess_ProjectReadFromFileWithBlankSponsor_FailsWithTheCell()
    {
        var source = new SourceRow("register.csv", 7, new Dictionary<string, SourceCell>
        {
            ["sponsor"] = new() { Column = "SRO", Value = "" },
        });

        var outcome = Assess<ActiveProjectHasSponsor>(new Project { Id = "PRJ-1", Stage = LifecycleStage.Planning, Source = source });

        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Evidence.ShouldBe([new Evidence { Field = "sponsor", File = "register.csv", Row = 7, Column = "SRO", Value = "" }]);
    }

    [Fact]
    public void Assess_ActiveProjectWithoutSponsor_IsAHighSeverityFinding()
    {
        var result = Run<ActiveProjectHasSponsor>(new PortfolioDataset
        {
            Projects = [new Project { Id = "PRJ-1", Stage = LifecycleStage.Execution }],
        });

        var finding = result.Findings.ShouldHaveSingleItem();
        finding.Rule.Id.ShouldBe("GOV-001");
        finding.Severity.ShouldBe(Severity.High);
        finding.Outcome.SubjectId.ShouldBe("PRJ-1");
    }

    [Fact]
    public void Assess_ClosedProjectWithoutSponsor_IsNotApplicable()
    {
        var outcome = Assess<ActiveProjectHasSponsor>(new Project { Id = "PRJ-1", Stage = LifecycleStage.Closed });

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
        outcome.Message.ShouldBeNull();
        outcome.Evidence.ShouldBeEmpty();
    }

    [Fact]
    public void Assess_ProjectWithUnknownStage_IsNotApplicable()
    {
        var outcome = Assess<ActiveProjectHasSponsor>(new Project { Id = "PRJ-1", Stage = null });

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
    }

    [Fact]
    public void Assess_SeveralProjects_GivesEachItsOwnOutcome()
    {
        var result = Run<ActiveProjectHasSponsor>(new PortfolioDataset
        {
            Projects =
            [
                new Project { Id = "PRJ-3", Stage = LifecycleStage.Execution, Sponsor = "Priya Raman" },
                new Project { Id = "PRJ-1", Stage = LifecycleStage.Planning },
                new Project { Id = "PRJ-2", Stage = LifecycleStage.Closed },
            ],
        });

        result.Outcomes.Select(outcome => (outcome.SubjectId, outcome.Status)).ShouldBe(
        [
            ("PRJ-1", OutcomeStatus.Failed),
            ("PRJ-2", OutcomeStatus.NotApplicable),
            ("PRJ-3", OutcomeStatus.Passed),
        ]);
    }
}
