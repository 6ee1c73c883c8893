using PmoAssess.Facts;

namespace PmoAssess.Tests.Abstractions.Facts;

public sealed class PortfolioDatasetTests
{
    [Fact]
    public void CountFacts_EveryKindOfRecord_CountsWhatAllFactsYields()
    {
        var first = new Project
        {
            Id = "P1",
            Risks = [new Risk { Id = "R1", ProjectId = "P1" }, new Risk { Id = "R2", ProjectId = "P1" }],
            Issues = [new Issue { Id = "I1", ProjectId = "P1" }],
            Changes = [new ChangeRequest { Id = "C1", ProjectId = "P1" }],
            Milestones = [new Milestone { Id = "M1", ProjectId = "P1" }],
            Gates = [new StageGate { Id = "G1", ProjectId = "P1" }],
            Benefits = [new Benefit { Id = "B1", ProjectId = "P1" }],
            Allocations = [new ResourceAllocation { Id = "A1", ProjectId = "P1" }],
        };
        var dataset = new PortfolioDataset
        {
            Portfolios = [new Portfolio { Id = "PF1" }],
            Projects = [first, new Project { Id = "P2" }],
            Evidence = [new OrganisationEvidence { Id = "E1" }, new OrganisationEvidence { Id = "E2" }],
        };

        // 1 portfolio, 2 projects, 8 records of the first project, 2 answers.
        dataset.CountFacts().ShouldBe(13);
        dataset.AllFacts().Count().ShouldBe(13);
    }

    [Fact]
    public void FactsOf_EveryKind_GivesThatKindsRecordsInTheOrderOfTheProjects()
    {
        var dataset = new PortfolioDataset
        {
            Portfolios = [new Portfolio { Id = "PF1" }],
            Projects =
            [
                new Project { Id = "P2", Risks = [new Risk { Id = "R9", ProjectId = "P2" }], Gates = [new StageGate { Id = "G1", ProjectId = "P2" }] },
                new Project { Id = "P1", Risks = [new Risk { Id = "R2", ProjectId = "P1" }, new Risk { Id = "R1", ProjectId = "P1" }] },
            ],
            Evidence = [new OrganisationEvidence { Id = "E1" }],
        };

        dataset.FactsOf(EntityKind.Risk).Select(fact => fact.Id).ShouldBe(["R9", "R2", "R1"]);
        dataset.FactsOf(EntityKind.Gate).Select(fact => fact.Id).ShouldBe(["G1"]);
        dataset.FactsOf(EntityKind.Project).Select(fact => fact.Id).ShouldBe(["P2", "P1"]);
        dataset.FactsOf(EntityKind.Portfolio).Select(fact => fact.Id).ShouldBe(["PF1"]);
        dataset.FactsOf(EntityKind.Organisation).Select(fact => fact.Id).ShouldBe(["E1"]);
        dataset.FactsOf(EntityKind.Issue).ShouldBeEmpty();

        // Every fact is of exactly one kind's list, as AllFacts yields it.
        Enum.GetValues<EntityKind>().SelectMany(kind => dataset.FactsOf(kind).Select(fact => (kind, fact)))
            .ShouldAllBe(pair => pair.fact.Kind == pair.kind);
        Enum.GetValues<EntityKind>().Sum(kind => dataset.FactsOf(kind).Count).ShouldBe(dataset.AllFacts().Count());
    }
}
