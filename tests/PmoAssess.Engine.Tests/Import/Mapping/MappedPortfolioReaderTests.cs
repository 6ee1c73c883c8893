using PmoAssess.Facts;
using PmoAssess.Import;
using PmoAssess.Import.Mapping;
using PmoAssess.Import.Quality;
using PmoAssess.Outcomes;
using PmoAssess.Tests.Engine.Import.Tables;

namespace PmoAssess.Tests.Engine.Import.Mapping;

/// <summary>
/// Client files read through a mapping: values mapped and typed, identity problems and unreadable cells turned into
/// data-quality findings that point at the cell, and a mapping that does not fit its file stopped with the headers found.
/// </summary>
public sealed class MappedPortfolioReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ImportResult Read(string mapping) => MappedPortfolioReader.Read(MappingLoader.Load(_folder.Write("client.mapping.yaml", mapping)));

    private const string ProjectsMapping = """
        sources:
          - file: projects.csv
            entity: projects
            culture: en-GB
            dateFormats: [dd/MM/yyyy]
            id: Ref
            fields:
              name: Title
              delivery_confidence:
                column: RAG
                values: { "A/R": amber-red, G: green }
                otherwise: not-given
                note: rag_reason
              forecast_end: Finish
              budget_at_completion: { column: Budget (£m), money: millions }
              stage: { value: execution }
            custom:
              department: Dept
              spend: { column: Spend, type: money }
        """;

    [Fact]
    public void Read_MapsColumnsValuesMoneyDatesAndConstants()
    {
        _folder.Write("projects.csv", """
            Ref,Title,RAG,Finish,Budget (£m),Dept,Spend
            P-1,Alpha,A/R,31/12/2021,"£2,341.70",DfT,"£1,200"
            P-2,Beta,Amber/Green,01/06/2022,£0.5,MOD,
            P-3,Gamma,Exempt under Section 26,,,MOD,£3
            """);

        var result = Read(ProjectsMapping);

        var projects = result.Dataset.Projects;
        projects.Select(project => project.Id).ShouldBe(["P-1", "P-2", "P-3"]);
        projects.Select(project => project.Name).ShouldBe(["Alpha", "Beta", "Gamma"]);
        projects.Select(project => project.DeliveryConfidence).ShouldBe([DeliveryConfidence.AmberRed, DeliveryConfidence.AmberGreen, null]);
        projects.Select(project => project.ForecastEnd).ShouldBe([new DateOnly(2021, 12, 31), new DateOnly(2022, 6, 1), null]);
        projects.Select(project => project.BudgetAtCompletion).ShouldBe([2_341_700_000m, 500_000m, null]);
        projects.ShouldAllBe(project => project.Stage == LifecycleStage.Execution);
        projects[0].CustomFields.ShouldBe(new Dictionary<string, string> { ["department"] = "DfT", ["spend"] = "1200" });
        projects[2].CustomFields["rag_reason"].ShouldBe("Exempt under Section 26");
        result.Quality!.Problems.ShouldBeEmpty();
        result.Quality.Outcomes.Count.ShouldBe(3 * DataQualityRules.All.Count, "every rule passes on every clean record");
        result.Quality.Outcomes.ShouldAllBe(outcome => outcome.Status == OutcomeStatus.Passed);
    }

    [Fact]
    public void Read_EvidencePointsAtTheSourceCell()
    {
        _folder.Write("projects.csv", "Ref,Title,RAG,Finish,Budget (£m),Dept,Spend\nP-1,Alpha,A/R,31/12/2021,£2,DfT,\n");

        var project = Read(ProjectsMapping).Dataset.Projects.Single();

        project.EvidenceOf("deliveryConfidence").ShouldBe(new Evidence { Field = "deliveryConfidence", File = "projects.csv", Row = 2, Column = "RAG", Value = "A/R" });
        project.EvidenceOf("department").ShouldBe(new Evidence { Field = "department", File = "projects.csv", Row = 2, Column = "Dept", Value = "DfT" });
    }

    [Fact]
    public void Read_UnreadableValues_AreFindingsAtTheirCellAndLeaveTheFieldEmpty()
    {
        _folder.Write("projects.csv", """
            Ref,Title,RAG,Finish,Budget (£m),Dept,Spend
            P-1,Alpha,Purple,31/02/2021,07. Sep,DfT,lots
            P-2,Beta,G,01/01/1850,£1,DfT,£1
            """);

        var result = Read(ProjectsMapping.Replace("        otherwise: not-given\n        note: rag_reason\n", "", StringComparison.Ordinal));

        var alpha = result.Dataset.Projects[0];
        (alpha.DeliveryConfidence, alpha.ForecastEnd, alpha.BudgetAtCompletion).ShouldBe((null, null, null));
        alpha.CustomFields.ContainsKey("spend").ShouldBeFalse();
        alpha.Source!.CellOf("forecastEnd")!.Problem.ShouldBe("Cannot read '31/02/2021' as a date as dd/MM/yyyy.");
        var outcomes = result.Quality!.Problems.ToList();
        outcomes.SelectMany(outcome => outcome.Evidence.Select(evidence => (outcome.RuleId, outcome.SubjectId, evidence.Column, evidence.Value, evidence.Row))).ShouldBe(
        [
            ("DQ-001", "P-1", "RAG", "Purple", 2),
            ("DQ-001", "P-1", "Finish", "31/02/2021", 2),
            ("DQ-001", "P-1", "Budget (£m)", "07. Sep", 2),
            ("DQ-001", "P-1", "Spend", "lots", 2),
            ("DQ-005", "P-2", "Finish", "01/01/1850", 3),
        ], ignoreOrder: true);
        outcomes.Count.ShouldBe(2, "one finding per rule and record, with every cell as evidence");
        outcomes.ShouldAllBe(outcome => outcome.Status == OutcomeStatus.Failed && outcome.Evidence.All(evidence => evidence.File == "projects.csv"));
        outcomes[0].Message!.ShouldContain("'Purple' in column 'RAG' is not one of green, amber-green, amber, amber-red, red.");
        outcomes[0].Message!.ShouldContain(" '07. Sep' in column 'Budget (£m)' is not an amount of money such as £1,234.56.");
    }

    [Fact]
    public void Read_IdentityProblems_AreFindingsAndTheRowsLeftOut()
    {
        _folder.Write("projects.csv", "Ref,Title\nP-1,Alpha\n,Nameless\nP-1,Alpha again\nP-2,Beta,extra\n");
        _folder.Write("risks.csv", "Risk,Project,Title\nR-1,P-1,Vendor\nR-2,P-9,Orphan\nR-3,,Nobody's\n");

        var result = Read("""
            sources:
              - file: projects.csv
                entity: projects
                id: Ref
                fields: { name: Title }
              - file: risks.csv
                entity: risks
                id: Risk
                project: Project
                fields: { title: Title }
            """);

        result.Dataset.Projects.Select(project => project.Id).ShouldBe(["P-1", "P-2"]);
        result.Dataset.Projects[0].Risks.Select(risk => risk.Id).ShouldBe(["R-1"]);
        result.Quality!.Problems.ToList().Select(outcome => (outcome.RuleId, outcome.SubjectKind, outcome.SubjectId, outcome.Evidence[0].Row)).ShouldBe(
        [
            ("DQ-004", EntityKind.Risk, "R-2", 3),
            ("DQ-002", EntityKind.Risk, "R-3", 4),
            ("DQ-002", EntityKind.Project, "projects.csv:3", 3),
            ("DQ-003", EntityKind.Project, "P-1", 4),
            ("DQ-006", EntityKind.Project, "P-2", 5),
        ], ignoreOrder: true);
        result.Quality.Outcomes.Where(outcome => outcome.Status == OutcomeStatus.Passed).Select(outcome => outcome.SubjectId).Distinct()
            .ShouldBe(["P-1", "P-2", "R-1"], ignoreOrder: true, "only records kept in the assessment pass");
    }

    [Fact]
    public void Read_ChildRowsLinkedByProjectName()
    {
        _folder.Write("projects.csv", "Ref,Title\nP-1,Alpha\nP-2,Beta\n");
        _folder.Write("issues.csv", "No,Project name,Title\nI-1,Beta,Late\nI-2,Gamma,Lost\n");

        var result = Read("""
            sources:
              - file: projects.csv
                entity: projects
                id: Ref
                fields: { name: Title }
              - file: issues.csv
                entity: issues
                id: { position: 1 }
                project: { column: Project name, by: name }
                fields: { title: Title }
            """);

        result.Dataset.Projects[1].Issues.Single().ProjectId.ShouldBe("P-2");
        result.Quality!.Problems.ToList().Single().ShouldSatisfyAllConditions(
            outcome => outcome.RuleId.ShouldBe(DataQualityRules.OrphanRecord.Id),
            outcome => outcome.SubjectId.ShouldBe("I-2"),
            outcome => outcome.Message.ShouldBe("The record belongs to a project named 'Gamma' that the data does not have."));
    }

    [Fact]
    public void Read_ColumnTheFileLacks_StopsNamingTheColumnAndTheHeadersFound()
    {
        _folder.Write("projects.csv", "Ref;Title\nP-1;Alpha\n");

        var error = Should.Throw<InvalidInputException>(() => Read("""
            sources:
              - file: projects.csv
                entity: projects
                delimiter: ","
                id: Ref
                fields: { name: Title }
            """));

        error.Message.ShouldContain("No column 'Ref' (id)");
        error.Message.ShouldContain("No column 'Title' (name)");
        error.Message.ShouldContain("The header of projects.csv has: 'Ref;Title'.");
        error.Message.ShouldContain("File=client.mapping.yaml, Line=5");
    }

    [Theory]
    [InlineData("first", "10")]
    [InlineData("last", "20")]
    public void Read_DuplicateHeader_ResolvedAsTheMappingSays(string choice, string expected)
    {
        _folder.Write("projects.csv", "Ref,Cost,Cost\nP-1,10,20\n");

        var result = Read("sources:\n  - file: projects.csv\n    entity: projects\n    duplicateHeaders: " + choice +
            "\n    id: Ref\n    fields: { budget_at_completion: Cost }\n");

        result.Dataset.Projects.Single().BudgetAtCompletion.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Read_DuplicateHeaderNumbered_EachRepeatHasItsOwnName()
    {
        _folder.Write("projects.csv", "Ref,Cost,Cost\nP-1,10,20\n");

        var project = Read("sources:\n  - file: projects.csv\n    entity: projects\n    duplicateHeaders: number\n    id: Ref\n" +
            "    fields: { budget_at_completion: Cost }\n    custom: { second_cost: { column: Cost (2), type: number } }\n").Dataset.Projects.Single();

        (project.BudgetAtCompletion, project.CustomFields["second_cost"]).ShouldBe((10m, "20"));
    }

    [Fact]
    public void Read_DuplicateHeaderByDefault_IsAmbiguous()
    {
        _folder.Write("projects.csv", "Ref,Cost,Cost\nP-1,10,20\n");

        Should.Throw<InvalidInputException>(() => Read("sources:\n  - file: projects.csv\n    entity: projects\n    id: Ref\n    fields: { budget_at_completion: Cost }\n"))
            .Message.ShouldContain("The column 'Cost' appears 2 times in the header (columns 2, 3): set duplicateHeaders to first, last or number");
    }

    [Fact]
    public void Read_KeepOtherColumns_KeepsEveryUnmappedColumnUnderItsHeader()
    {
        _folder.Write("projects.csv", "Ref,Title,Cost centre,Notes\nP-1,Alpha,CC-9,\n");

        var project = Read("sources:\n  - file: projects.csv\n    entity: projects\n    id: Ref\n    fields: { name: Title }\n    keepOtherColumns: true\n")
            .Dataset.Projects.Single();

        project.CustomFields.ShouldBe(new Dictionary<string, string> { ["Cost centre"] = "CC-9" });
    }

    [Fact]
    public void Read_Completeness_CountsEachMappedField()
    {
        _folder.Write("projects.csv", """
            Ref,Title,RAG,Finish,Budget (£m),Dept,Spend
            P-1,Alpha,A/R,31/12/2021,£1,DfT,
            P-2,Beta,Exempt,,x,,£2
            """);

        var completeness = Read(ProjectsMapping).Quality!.Completeness.ToDictionary(field => field.Field);

        completeness["deliveryConfidence"].ShouldSatisfyAllConditions(
            field => (field.Rows, field.Filled, field.NotGiven, field.Empty, field.Unreadable).ShouldBe((2, 1, 1, 0, 0)),
            field => field.Column.ShouldBe("RAG"),
            field => field.Share.ShouldBe(0.5m));
        (completeness["budgetAtCompletion"].Filled, completeness["budgetAtCompletion"].Unreadable).ShouldBe((1, 1));
        (completeness["forecastEnd"].Filled, completeness["forecastEnd"].Empty).ShouldBe((1, 1));
        (completeness["department"].Filled, completeness["spend"].Filled).ShouldBe((1, 1));
        completeness["stage"].ShouldSatisfyAllConditions(field => field.Filled.ShouldBe(2), field => field.Column.ShouldBe("(constant)"));
    }

    [Fact]
    public void Read_DataSources_NameEachFileWithItsHashAndRows()
    {
        var path = _folder.Write("projects.csv", "Ref,Title\nP-1,Alpha\nP-2,Beta\n");

        var source = Read("sources:\n  - file: projects.csv\n    entity: projects\n    id: Ref\n").Dataset.Sources.Single();

        source.ShouldBe(new DataSource
        {
            File = "projects.csv",
            Records = 2,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))),
        });
    }

    [Fact]
    public void Read_WorkbookSheetsByName_ProjectsAndTheirRisks()
    {
        XlsxFixture.Write(_folder.Combine("portfolio.xlsx"),
            ("Read me", [(1, ["Exported from the PMO tool"])]),
            ("Projects", [(1, ["Ref", "Title", "Finish", "Budget"]), (2, ["P-1", "Alpha", new DateTime(2026, 3, 31), 1250000.5]), (4, ["P-2", "Beta", "TBC", 7])]),
            ("Risks", [(1, ["Risk", "Project", "Impact"]), (2, ["R-1", "P-2", "H"])]));

        var result = Read("""
            sources:
              - file: portfolio.xlsx
                sheet: Projects
                entity: projects
                id: Ref
                fields: { name: Title, forecast_end: Finish, budget_at_completion: Budget }
              - file: portfolio.xlsx
                sheet: Risks
                entity: risks
                id: Risk
                project: Project
                fields: { severity: { column: Impact, values: { H: high } } }
            """);

        var projects = result.Dataset.Projects;
        projects.Select(project => (project.Id, project.ForecastEnd, project.BudgetAtCompletion))
            .ShouldBe([("P-1", new DateOnly(2026, 3, 31), 1250000.5m), ("P-2", null, 7m)]);
        projects[1].Risks.Single().Severity.ShouldBe(Severity.High);
        result.Quality!.Problems.ToList().Single().ShouldSatisfyAllConditions(
            outcome => outcome.Evidence[0].ShouldBe(new Evidence { Field = "forecastEnd", File = "portfolio.xlsx#Projects", Row = 4, Column = "Finish", Value = "TBC" }));
        result.Dataset.Sources.Select(source => (source.File, source.Records)).ShouldBe([("portfolio.xlsx#Risks", 1), ("portfolio.xlsx#Projects", 2)]);
    }
}
