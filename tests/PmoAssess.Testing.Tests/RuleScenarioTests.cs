using PmoAssess.Facts;
using PmoAssess.Import;
using PmoAssess.Outcomes;
using PmoAssess.Plugins.Governance;
using PmoAssess.Plugins.Governance.Rules;
using PmoAssess.Testing.Tests.TestRules;
using PmoAssess.Tests;

namespace PmoAssess.Testing.Tests;

public sealed class RuleScenarioTests
{
    [Fact]
    public void AsOf_NotSet_RulesSeeTheFixedDefault()
    {
        var result = RuleHarness.For<AsOfEcho>().Given(new Project { Id = "P1" }).Run();

        RuleHarness.DefaultAsOf.ShouldBe(new DateOnly(2026, 1, 1));
        result.AsOf.ShouldBe(RuleHarness.DefaultAsOf);
        result.ShouldFail("TST-DATE", "P1", "As of 2026-01-01.");
    }

    [Fact]
    public void AsOf_Set_RulesSeeThatDate()
    {
        var project = new Project { Id = "P1", Stage = LifecycleStage.Execution, LastStatusReport = new DateOnly(2026, 8, 31) };

        RuleHarness.For<StatusReportIsCurrent>().AsOf(new DateOnly(2026, 9, 30)).Given(project).Run().ShouldPass("TRN-001", "P1");
        RuleHarness.For<StatusReportIsCurrent>().AsOf(new DateOnly(2026, 10, 1)).Given(project).Run()
            .ShouldFail("TRN-001", "P1", "31 days old");
    }

    [Fact]
    public void Given_ProjectWithRisks_AssessesTheAttachedRisks()
    {
        var project = new Project
        {
            Id = "P1",
            Stage = LifecycleStage.Execution,
            Risks =
            [
                new Risk { Id = "R1", ProjectId = "P1", Status = ItemStatus.Open, Severity = Severity.High, Owner = "Ann" },
                new Risk { Id = "R2", ProjectId = "P1", Status = ItemStatus.Open, Severity = Severity.Low },
            ],
        };

        var result = RuleHarness.For<HighRiskHasOwnerAndMitigation>().Given(project).Run();

        result.ShouldFail("RSK-001", "R1", "no mitigation").ProjectId.ShouldBe("P1");
        result.ShouldBeNotApplicable("RSK-001", "R2");
    }

    [Fact]
    public void Given_PortfoliosAndEvidence_AreFactsOfTheRun()
    {
        var result = RuleHarness.For<ActiveProjectHasSponsor>()
            .Given(new Portfolio { Id = "PF-1" }, new OrganisationEvidence { Id = "EVD-1" }, new Project { Id = "P1", PortfolioId = "PF-1" })
            .Run();

        result.Assessment.Dataset.Portfolios.ShouldHaveSingleItem().Id.ShouldBe("PF-1");
        result.Assessment.Dataset.Evidence.ShouldHaveSingleItem().Id.ShouldBe("EVD-1");
        result.ShouldBeNotApplicable("GOV-001", "P1");
    }

    [Fact]
    public void Given_EnumerableOfProjects_AddsEachOne()
    {
        var projects = Enumerable.Range(1, 3).Select(number => new Project { Id = "P" + number, Stage = LifecycleStage.Planning, Sponsor = "Ann" });

        RuleHarness.For<ActiveProjectHasSponsor>().Given(projects).Run().OutcomesOf("GOV-001")
            .ShouldAllBe(outcome => outcome.Status == OutcomeStatus.Passed);
    }

    [Fact]
    public void Given_DatasetReadFromTheContosoSample_AssessesEveryProject()
    {
        var dataset = PortfolioReader.Read(RepositoryRoot.Combine("samples", "contoso"));

        var result = RuleHarness.ForPlugin(new GovernancePlugin()).AsOf(new DateOnly(2026, 9, 30)).Given(dataset).Run();

        result.OutcomesOf("GOV-001").Count.ShouldBe(34);
        result.ShouldFail("GOV-001", "PRJ-015").Evidence.ShouldHaveSingleItem().File.ShouldBe("projects.csv");
    }

    [Fact]
    public void Given_ChildRecordOnItsOwn_ThrowsSayingWhereToAttachIt()
    {
        var exception = Should.Throw<ArgumentException>(() =>
            RuleHarness.For<HighRiskHasOwnerAndMitigation>().Given(new Risk { Id = "R1", ProjectId = "P1" }));

        exception.Message.ShouldContain("new Project { Id = \"P1\", Risks = [...] }");
        exception.Message.ShouldContain("Fact=Risk R1");
    }

    [Fact]
    public void Run_TwoProjectsWithOneId_ThrowsNamingTheId()
    {
        var scenario = RuleHarness.For<ActiveProjectHasSponsor>().Given(new Project { Id = "P1" }, new Project { Id = "P1" });

        Should.Throw<InvalidOperationException>(scenario.Run).Message.ShouldEndWith("Kind=Project, Id=P1");
    }

    [Fact]
    public void Run_RecordAttachedToAnotherProjectsId_ThrowsNamingBoth()
    {
        var scenario = RuleHarness.For<HighRiskHasOwnerAndMitigation>()
            .Given(new Project { Id = "P1", Risks = [new Risk { Id = "R1", ProjectId = "P2" }] });

        Should.Throw<InvalidOperationException>(scenario.Run).Message.ShouldEndWith("Fact=Risk R1, ProjectId=P2, AttachedTo=P1");
    }

    [Fact]
    public void Run_RuleThatThrows_GivesAnErrorOutcomeNotAnException()
    {
        var outcome = RuleHarness.For<ThrowingRule>().Given(new Project { Id = "P1" }).Run().OutcomeFor("TST-ERR", "P1");

        outcome.Status.ShouldBe(OutcomeStatus.Error);
        outcome.Message.ShouldNotBeNull().ShouldContain("Budget lookup failed.");
    }
}
