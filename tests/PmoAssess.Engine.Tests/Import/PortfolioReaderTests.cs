using System.Security.Cryptography;
using System.Text;
using PmoAssess.Facts;
using PmoAssess.Import;
using PmoAssess.Outcomes;

namespace PmoAssess.Tests.Engine.Import;

/// <summary>Reading a folder of canonical CSV files: records, attachment, provenance and parsing.</summary>
public sealed class PortfolioReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_SmallFolder_ReadsPortfoliosAndProjectsInFileOrder()
    {
        SmallPortfolio.WriteCsv(_folder);

        var dataset = PortfolioReader.Read(_folder.Path);

        dataset.Portfolios.Select(portfolio => portfolio.Id).ShouldBe(["PF-A", "PF-B"]);
        dataset.Portfolios[1].Name.ShouldBe("Beta");
        dataset.Portfolios[1].Owner.ShouldBe("Ben");
        dataset.Projects.Select(project => project.Id).ShouldBe(["P-1", "P-2", "P-3"]);
        dataset.Projects.Select(project => project.PortfolioId).ShouldBe(["PF-A", "PF-A", "PF-B"]);
        dataset.Evidence.ShouldBeEmpty();
    }

    [Fact]
    public void Read_SmallFolder_AttachesRisksAndGatesToTheirProjects()
    {
        SmallPortfolio.WriteCsv(_folder);

        var projects = PortfolioReader.Read(_folder.Path).Projects;

        projects[0].Risks.Select(risk => risk.Id).ShouldBe(["R-1", "R-3"]);
        projects[0].Risks.ShouldAllBe(risk => risk.ProjectId == "P-1");
        projects[0].Gates.ShouldBeEmpty();
        projects[1].Risks.ShouldBeEmpty();
        projects[1].Gates.ShouldBeEmpty();
        projects[2].Risks.Select(risk => risk.Id).ShouldBe(["R-2"]);
        projects[2].Gates.Select(gate => gate.Id).ShouldBe(["G-1"]);
        projects[2].Gates[0].ProjectId.ShouldBe("P-3");
        projects[2].Gates[0].Gate.ShouldBe("G3 Investment decision");
        projects[2].Gates[0].Decision.ShouldBe(GateDecision.Go);
        projects[2].Gates[0].Date.ShouldBe(new DateOnly(2025, 5, 1));
        projects[2].Gates[0].Approver.ShouldBe("Board");
    }

    [Fact]
    public void Read_SmallFolder_ParsesRiskFields()
    {
        SmallPortfolio.WriteCsv(_folder);

        var risks = PortfolioReader.Read(_folder.Path).Projects.SelectMany(project => project.Risks).ToDictionary(risk => risk.Id);

        risks["R-1"].Title.ShouldBe("Vendor late");
        risks["R-1"].Severity.ShouldBe(Severity.High);
        risks["R-1"].Status.ShouldBe(ItemStatus.Open);
        risks["R-1"].Owner.ShouldBe("Ann");
        risks["R-2"].Severity.ShouldBe(Severity.Low);
        risks["R-2"].Status.ShouldBe(ItemStatus.Closed);
        risks["R-2"].Owner.ShouldBeNull();
        risks["R-3"].Severity.ShouldBe(Severity.Critical);
    }

    [Fact]
    public void Read_SmallFolder_AllFactsHoldEveryRecordOnce()
    {
        SmallPortfolio.WriteCsv(_folder);

        var facts = PortfolioReader.Read(_folder.Path).AllFacts().ToList();

        facts.Select(fact => fact.Kind + ":" + fact.Id).ShouldBe(
            ["Portfolio:PF-A", "Portfolio:PF-B", "Project:P-1", "Risk:R-1", "Risk:R-3", "Project:P-2", "Project:P-3", "Risk:R-2", "Gate:G-1"]);
    }

    [Fact]
    public void EvidenceOf_CsvCell_GivesFileSpreadsheetRowHeaderAndRawValue()
    {
        SmallPortfolio.WriteCsv(_folder);

        var project = PortfolioReader.Read(_folder.Path).Projects[0];

        project.EvidenceOf("sponsor").ShouldBe(new Evidence
        {
            Field = "sponsor",
            File = "projects.csv",
            Row = 2,
            Column = "sponsor",
            Value = "Dana Smith",
        });
    }

    [Fact]
    public void EvidenceOf_BlankCsvCell_GivesEmptyValueAndKeepsTheCell()
    {
        SmallPortfolio.WriteCsv(_folder);

        var project = PortfolioReader.Read(_folder.Path).Projects[1];

        project.Sponsor.ShouldBeNull();
        project.EvidenceOf("sponsor").ShouldBe(new Evidence
        {
            Field = "sponsor",
            File = "projects.csv",
            Row = 3,
            Column = "sponsor",
            Value = "",
        });
    }

    [Fact]
    public void EvidenceOf_ChildRecord_PointsAtItsOwnFileAndRow()
    {
        SmallPortfolio.WriteCsv(_folder);

        var risk = PortfolioReader.Read(_folder.Path).Projects[0].Risks[1];

        risk.EvidenceOf("owner").ShouldBe(new Evidence { Field = "owner", File = "risks.csv", Row = 4, Column = "owner", Value = "Bob" });
        risk.EvidenceOf("project").ShouldBe(new Evidence { Field = "project", File = "risks.csv", Row = 4, Column = "project", Value = "P-1" });
    }

    [Fact]
    public void EvidenceOf_FileOfManyRows_EachFactKeepsItsOwnRowsCells()
    {
        // A file's values are kept in arrays of 4,096 cells shared by the rows around them, and a fact keeps only its row's
        // place among them: 1,000 rows of six columns fill three such arrays and start a fourth.
        const int Rows = 1_000;
        var projects = new System.Text.StringBuilder("id,name,portfolio,stage,sponsor,cost_centre\n");
        for (var index = 0; index < Rows; index++)
        {
            projects.Append(FormattableString.Invariant($"P-{index:D4}, Name {index} ,PF-A,execution,Sponsor {index},CC-{index}\n"));
        }

        _folder.Write("portfolios.csv", SmallPortfolio.PortfoliosCsv);
        _folder.Write("projects.csv", projects.ToString());

        var read = PortfolioReader.Read(_folder.Path).Projects;

        read.Count.ShouldBe(Rows);
        for (var index = 0; index < Rows; index++)
        {
            var project = read[index];
            project.EvidenceOf("name").ShouldBe(new Evidence
            {
                Field = "name", File = "projects.csv", Row = index + 2, Column = "name", Value = FormattableString.Invariant($" Name {index} "),
            });
            project.Source.ShouldNotBeNull().CellOf("sponsor").ShouldBe(new SourceCell { Column = "sponsor", Value = FormattableString.Invariant($"Sponsor {index}") });
            project.CustomFields["cost_centre"].ShouldBe(FormattableString.Invariant($"CC-{index}"));
        }
    }

    [Fact]
    public void Source_OfACsvFact_IsANewViewOfTheSameRowThatAnotherFactCanTake()
    {
        SmallPortfolio.WriteCsv(_folder);
        var risk = PortfolioReader.Read(_folder.Path).Projects[0].Risks[1];

        var source = risk.Source.ShouldNotBeNull();
        var copy = new Risk { Id = "R-copy", ProjectId = "P-1", Source = source };

        risk.Source.ShouldNotBeSameAs(source);
        (source.File, source.Row, source.HasProblems).ShouldBe(("risks.csv", (int?)4, false));
        source.CellOf("title").ShouldBe(new SourceCell { Column = "title", Value = "Key person leaves" });
        copy.EvidenceOf("owner").ShouldBe(risk.EvidenceOf("owner"));
        copy.Source.ShouldNotBeNull().CellOf("severity").ShouldBe(source.CellOf("severity"));
    }

    [Fact]
    public void EvidenceOf_ColumnTheFileDoesNotHave_GivesRowButNoColumnOrValue()
    {
        SmallPortfolio.WriteCsv(_folder);

        var project = PortfolioReader.Read(_folder.Path).Projects[0];

        project.EvidenceOf("manager").ShouldBe(new Evidence { Field = "manager", File = "projects.csv", Row = 2, Column = null, Value = null });
    }

    [Fact]
    public void EvidenceOf_SnakeCaseColumn_IsKeyedByCamelCaseField()
    {
        SmallPortfolio.WriteCsv(_folder);

        var project = PortfolioReader.Read(_folder.Path).Projects[0];

        var evidence = project.EvidenceOf("budgetAtCompletion");
        evidence.Column.ShouldBe("budget_at_completion");
        evidence.Value.ShouldBe("1250000.50");
        evidence.Row.ShouldBe(2);
    }

    [Fact]
    public void EvidenceOf_CellWithSurroundingSpaces_KeepsTheRawTextWhileTheFactIsTrimmed()
    {
        _folder.Write("projects.csv", "id,sponsor\nP-1,  Dana  \n");

        var project = PortfolioReader.Read(_folder.Path).Projects[0];

        project.Sponsor.ShouldBe("Dana");
        project.EvidenceOf("sponsor").Value.ShouldBe("  Dana  ");
    }

    [Fact]
    public void Read_CustomColumn_KeptInCustomFieldsUnlessBlank()
    {
        SmallPortfolio.WriteCsv(_folder);

        var projects = PortfolioReader.Read(_folder.Path).Projects;

        projects[0].CustomFields.ShouldBe(new Dictionary<string, string> { ["cost_centre"] = "CC-9" });
        projects[1].CustomFields.ShouldBeEmpty();
        projects[2].CustomFields["cost_centre"].ShouldBe("CC-1");
    }

    [Fact]
    public void Read_SmallFolder_ParsesDatesDecimalsBooleansAndEnums()
    {
        SmallPortfolio.WriteCsv(_folder);

        var projects = PortfolioReader.Read(_folder.Path).Projects;

        projects.Select(project => project.Stage).ShouldBe([LifecycleStage.Execution, LifecycleStage.Planning, LifecycleStage.Closed]);
        projects.Select(project => project.BaselineStart).ShouldBe([new DateOnly(2026, 1, 15), new DateOnly(2026, 2, 1), new DateOnly(2025, 6, 30)]);
        projects.Select(project => project.BudgetAtCompletion).ShouldBe([1250000.50m, -300m, 0.75m]);
        projects.Select(project => project.DeliveryConfidence).ShouldAllBe(confidence => confidence == DeliveryConfidence.AmberGreen);
        projects.Select(project => project.CharterApproved).ShouldBe([true, false, true]);
        projects.Select(project => project.BusinessCaseApproved).ShouldAllBe(approved => approved == null);
        projects.Select(project => project.IsActive).ShouldBe([true, true, false]);
    }

    [Theory]
    [InlineData("Amber/Green")]
    [InlineData("amber-green")]
    [InlineData("AMBER_GREEN")]
    [InlineData("amber green")]
    [InlineData("AmberGreen")]
    public void Read_DeliveryConfidenceSpelling_ParsesAsAmberGreen(string text)
    {
        _folder.Write("projects.csv", "id,delivery_confidence\nP-1," + text + "\n");

        PortfolioReader.Read(_folder.Path).Projects[0].DeliveryConfidence.ShouldBe(DeliveryConfidence.AmberGreen);
    }

    [Theory]
    [InlineData("Amber/Red", DeliveryConfidence.AmberRed)]
    [InlineData("amber", DeliveryConfidence.Amber)]
    [InlineData("RED", DeliveryConfidence.Red)]
    public void Read_OtherDeliveryConfidence_ParsesToItsOwnValue(string text, DeliveryConfidence expected)
    {
        _folder.Write("projects.csv", "id,delivery_confidence\nP-1," + text + "\n");

        PortfolioReader.Read(_folder.Path).Projects[0].DeliveryConfidence.ShouldBe(expected);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yes", true)]
    [InlineData("y", true)]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("NO", false)]
    [InlineData("n", false)]
    [InlineData("False", false)]
    [InlineData("0", false)]
    public void Read_BooleanSpelling_Parses(string text, bool expected)
    {
        _folder.Write("projects.csv", "id,business_case_approved\nP-1," + text + "\n");

        PortfolioReader.Read(_folder.Path).Projects[0].BusinessCaseApproved.ShouldBe(expected);
    }

    [Fact]
    public void Read_AllProjectColumns_ParseToTheirProperties()
    {
        _folder.Write("projects.csv",
            "id,name,portfolio,programme,stage,sponsor,manager,baseline_start,baseline_end,forecast_end," +
            "budget_at_completion,actual_cost,earned_value,planned_value,estimate_at_completion," +
            "delivery_confidence,last_status_report,charter_approved,business_case_approved\n" +
            "P-1,Ledger,PF-A,Finance,initiation,Dana,Max,2026-01-01,2026-12-31,2027-03-31," +
            "1000,400.25,350,380,1100.5,red,2026-03-20,y,n\n");

        var project = PortfolioReader.Read(_folder.Path).Projects[0];

        project.Name.ShouldBe("Ledger");
        project.Programme.ShouldBe("Finance");
        project.Stage.ShouldBe(LifecycleStage.Initiation);
        project.Manager.ShouldBe("Max");
        project.BaselineEnd.ShouldBe(new DateOnly(2026, 12, 31));
        project.ForecastEnd.ShouldBe(new DateOnly(2027, 3, 31));
        project.ActualCost.ShouldBe(400.25m);
        project.EarnedValue.ShouldBe(350m);
        project.PlannedValue.ShouldBe(380m);
        project.EstimateAtCompletion.ShouldBe(1100.5m);
        project.DeliveryConfidence.ShouldBe(DeliveryConfidence.Red);
        project.LastStatusReport.ShouldBe(new DateOnly(2026, 3, 20));
        project.CharterApproved.ShouldBe(true);
        project.BusinessCaseApproved.ShouldBe(false);
        project.CustomFields.ShouldBeEmpty();
    }

    [Fact]
    public void Read_OtherRegisters_AttachedToTheirProjects()
    {
        _folder.Write("projects.csv", "id\nP-1\nP-2\n");
        _folder.Write("issues.csv", "id,project,title,priority,status,owner,raised,resolved\nI-1,P-2,Outage,critical,closed,Ops,2026-01-02,2026-01-05\n");
        _folder.Write("changes.csv", "id,project,title,status,approver,decided,cost_impact,schedule_impact_days\nC-1,P-1,More scope,approved,Board,2026-02-03,25000.5,-14\n");
        _folder.Write("milestones.csv", "id,project,name,baseline_date,forecast_date,actual_date\nM-1,P-1,Go-live,2026-06-01,2026-07-01,\n");
        _folder.Write("benefits.csv", "id,project,description,owner,measure,target,due\nB-1,P-2,Savings,Fin,GBP,120000,2027-01-01\n");
        _folder.Write("allocations.csv", "id,project,person,role,percent,start,end\nA-1,P-1,Kim,PM,50,2026-01-01,2026-12-31\n");
        _folder.Write("evidence.csv", "id,category,question,answer,note\nQ-1,governance,Is there a gate process?,yes,Seen in handbook\n");

        var dataset = PortfolioReader.Read(_folder.Path);

        var p1 = dataset.Projects[0];
        var p2 = dataset.Projects[1];
        p2.Issues.ShouldHaveSingleItem().Priority.ShouldBe(Severity.Critical);
        p2.Issues[0].Resolved.ShouldBe(new DateOnly(2026, 1, 5));
        p1.Changes.ShouldHaveSingleItem().Status.ShouldBe(ChangeStatus.Approved);
        p1.Changes[0].CostImpact.ShouldBe(25000.5m);
        p1.Changes[0].ScheduleImpactDays.ShouldBe(-14);
        p1.Milestones.ShouldHaveSingleItem().ForecastDate.ShouldBe(new DateOnly(2026, 7, 1));
        p1.Milestones[0].ActualDate.ShouldBeNull();
        p2.Benefits.ShouldHaveSingleItem().Target.ShouldBe(120000m);
        p1.Allocations.ShouldHaveSingleItem().Percent.ShouldBe(50m);
        p1.Issues.ShouldBeEmpty();
        p2.Changes.ShouldBeEmpty();
        dataset.Evidence.ShouldHaveSingleItem().Answer.ShouldBe("yes");
        dataset.Evidence[0].Note.ShouldBe("Seen in handbook");
    }

    [Fact]
    public void Read_HeaderOnlyProjects_ReturnsNoProjectsAndNoError()
    {
        _folder.Write("projects.csv", "id,name,stage\n");

        var dataset = PortfolioReader.Read(_folder.Path);

        dataset.Projects.ShouldBeEmpty();
        dataset.Sources.ShouldHaveSingleItem().Records.ShouldBe(0);
    }

    [Fact]
    public void Read_HeaderWithoutLineBreak_ReturnsNoProjects()
    {
        _folder.Write("projects.csv", "id,name");

        PortfolioReader.Read(_folder.Path).Projects.ShouldBeEmpty();
    }

    [Fact]
    public void Read_Utf8BomFile_ReadsFirstHeaderAndValuesCorrectly()
    {
        File.WriteAllText(_folder.Combine("projects.csv"), "id,name,sponsor\nP-1,Café,Zoë\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        File.ReadAllBytes(_folder.Combine("projects.csv"))[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });

        var project = PortfolioReader.Read(_folder.Path).Projects.ShouldHaveSingleItem();

        project.Id.ShouldBe("P-1");
        project.Name.ShouldBe("Café");
        project.Sponsor.ShouldBe("Zoë");
        project.CustomFields.ShouldBeEmpty();
        project.EvidenceOf("id").Column.ShouldBe("id");
    }

    [Fact]
    public void Read_CrLfLineEndings_ReadsValuesWithoutCarriageReturns()
    {
        _folder.Write("projects.csv", "id,name,sponsor\r\nP-1,Ledger,Dana\r\nP-2,Payroll,Eve\r\n");

        var projects = PortfolioReader.Read(_folder.Path).Projects;

        projects.Select(project => project.Sponsor).ShouldBe(["Dana", "Eve"]);
        projects[1].EvidenceOf("sponsor").Value.ShouldBe("Eve");
    }

    [Fact]
    public void Read_QuotedCellsWithCommasAndQuotes_Unquoted()
    {
        _folder.Write("projects.csv", "id,name\nP-1,\"Ledger, phase \"\"two\"\"\"\n");

        var project = PortfolioReader.Read(_folder.Path).Projects[0];

        project.Name.ShouldBe("Ledger, phase \"two\"");
    }

    [Fact]
    public void Read_MultiLineQuotedCell_KeepsLineBreakAndCountsSpreadsheetRows()
    {
        _folder.Write("projects.csv", "id,name,stage\nP-1,\"Ledger\nphase two\",execution\nP-2,Payroll,planning\n");

        var projects = PortfolioReader.Read(_folder.Path).Projects;

        projects[0].Name.ShouldBe("Ledger\nphase two");
        projects[0].Stage.ShouldBe(LifecycleStage.Execution);
        projects[1].EvidenceOf("stage").Row.ShouldBe(3);
        projects[1].Stage.ShouldBe(LifecycleStage.Planning);
    }

    [Fact]
    public void Read_SmallFolder_DescribesEveryFileWithItsHashAndRecordCount()
    {
        SmallPortfolio.WriteCsv(_folder);

        var sources = PortfolioReader.Read(_folder.Path).Sources;

        sources.ShouldBe(
        [
            new DataSource { File = "portfolios.csv", Sha256 = Sha256Of("portfolios.csv"), Records = 2 },
            new DataSource { File = "projects.csv", Sha256 = Sha256Of("projects.csv"), Records = 3 },
            new DataSource { File = "risks.csv", Sha256 = Sha256Of("risks.csv"), Records = 3 },
            new DataSource { File = "gates.csv", Sha256 = Sha256Of("gates.csv"), Records = 1 },
        ]);
    }

    [Fact]
    public void Read_DataSourceHash_IsLowerCaseHexOfTheFileBytes()
    {
        _folder.Write("projects.csv", "id,name\nP-1,Ledger\n");
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("id,name\nP-1,Ledger\n")));

        var source = PortfolioReader.Read(_folder.Path).Sources.ShouldHaveSingleItem();

        source.Sha256.ShouldBe(expected);
        source.Sha256.Length.ShouldBe(64);
        source.Sha256.ShouldBe(source.Sha256.ToLowerInvariant());
    }

    [Fact]
    public void Read_UnrelatedFilesInFolder_AreIgnored()
    {
        _folder.Write("projects.csv", "id\nP-1\n");
        _folder.Write("notes.txt", "not a register");
        _folder.Write("budget.csv", "whatever,columns\n1,2\n");

        var dataset = PortfolioReader.Read(_folder.Path);

        dataset.Projects.ShouldHaveSingleItem();
        dataset.Sources.Select(source => source.File).ShouldBe(["projects.csv"]);
    }

    private string Sha256Of(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(_folder.Combine(file))));
}
