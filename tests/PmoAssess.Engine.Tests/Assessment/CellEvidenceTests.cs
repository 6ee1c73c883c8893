using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Tests.Engine.Assessment;

public sealed class CellEvidenceTests
{
    private static readonly Project Subject = new()
    {
        Id = "P-1",
        Source = new SourceRow("projects.csv", 7, new Dictionary<string, SourceCell>
        {
            ["sponsor"] = new() { Column = "Sponsor", Value = " Ann " },
            ["budgetAtCompletion"] = new() { Column = "BAC (GBP)", Value = "1,200" },
        }),
    };

    [Fact]
    public void Of_EvidenceOfTheSubjectsOwnCells_ReadsAsTheSameItemsInOrder()
    {
        Evidence[] evidence = [Subject.EvidenceOf("budgetAtCompletion", 1200m), Subject.EvidenceOf("sponsor")];

        var view = CellEvidence.Of(evidence, Subject).ShouldNotBeNull();

        view.Count.ShouldBe(2);
        view.ShouldBe(
        [
            new Evidence { Field = "budgetAtCompletion", File = "projects.csv", Row = 7, Column = "BAC (GBP)", Value = "1,200" },
            new Evidence { Field = "sponsor", File = "projects.csv", Row = 7, Column = "Sponsor", Value = " Ann " },
        ]);
        view[1].ShouldBe(evidence[1]);
    }

    [Fact]
    public void Of_AnItemThatIsNotExactlyOneOfTheCells_KeepsNothingAsAView()
    {
        var otherRow = new SourceRow("projects.csv", 8, new Dictionary<string, SourceCell> { ["sponsor"] = new() { Column = "Sponsor", Value = " Ann " } });
        var builtInCode = new Project { Id = "P-3", Sponsor = "Ann" };

        // A value the rule formatted itself, a field the row has no column for, a cell of another row, no evidence at all,
        // and a subject built in code.
        CellEvidence.Of([Subject.EvidenceOf("sponsor") with { Value = "Ann" }], Subject).ShouldBeNull();
        CellEvidence.Of([Subject.EvidenceOf("sponsor"), Subject.EvidenceOf("manager", "Bob")], Subject).ShouldBeNull();
        CellEvidence.Of([new Project { Id = "P-2", Source = otherRow }.EvidenceOf("sponsor")], Subject).ShouldBeNull();
        CellEvidence.Of([], Subject).ShouldBeNull();
        CellEvidence.Of([builtInCode.EvidenceOf("sponsor", "Ann")], builtInCode).ShouldBeNull();
    }
}
