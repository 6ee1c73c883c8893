using System.Security.Cryptography;
using PmoAssess.Facts;
using PmoAssess.Import;
using PmoAssess.Outcomes;

namespace PmoAssess.Tests.Engine.Import;

/// <summary>Reading one canonical JSON document: the same records as the CSV folder, with JSON paths as columns.</summary>
public sealed class PortfolioReaderJsonTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_SmallDocument_ReadsPortfoliosProjectsAndNestedRegisters()
    {
        var dataset = PortfolioReader.Read(_folder.Write("portfolio.json", SmallPortfolio.Json));

        dataset.Portfolios.Select(portfolio => portfolio.Id).ShouldBe(["PF-A", "PF-B"]);
        dataset.Projects.Select(project => project.Id).ShouldBe(["P-1", "P-2", "P-3"]);
        dataset.Projects[0].Risks.Select(risk => risk.Id).ShouldBe(["R-1", "R-3"]);
        dataset.Projects[0].Risks.ShouldAllBe(risk => risk.ProjectId == "P-1");
        dataset.Projects[1].Risks.ShouldBeEmpty();
        dataset.Projects[2].Risks.ShouldHaveSingleItem().ProjectId.ShouldBe("P-3");
        dataset.Projects[2].Gates.ShouldHaveSingleItem().Decision.ShouldBe(GateDecision.Go);
        dataset.Projects[2].Gates[0].Date.ShouldBe(new DateOnly(2025, 5, 1));
        dataset.AllFacts().Count().ShouldBe(9);
    }

    [Fact]
    public void Read_SmallDocument_ParsesValuesLikeTheCsvFolder()
    {
        var projects = PortfolioReader.Read(_folder.Write("portfolio.json", SmallPortfolio.Json)).Projects;

        projects.Select(project => project.Stage).ShouldBe([LifecycleStage.Execution, LifecycleStage.Planning, LifecycleStage.Closed]);
        projects.Select(project => project.BudgetAtCompletion).ShouldBe([1250000.50m, -300m, null]);
        projects.Select(project => project.CharterApproved).ShouldBe([true, false, null]);
        projects[0].DeliveryConfidence.ShouldBe(DeliveryConfidence.AmberGreen);
        projects[0].BaselineStart.ShouldBe(new DateOnly(2026, 1, 15));
        projects[0].Risks[1].Severity.ShouldBe(Severity.Critical);
        projects[1].Sponsor.ShouldBeNull();
    }

    [Fact]
    public void Read_SmallDocument_KeepsUnknownProjectPropertiesAsCustomFields()
    {
        var projects = PortfolioReader.Read(_folder.Write("portfolio.json", SmallPortfolio.Json)).Projects;

        projects[0].CustomFields.ShouldBe(new Dictionary<string, string> { ["cost_centre"] = "CC-9" });
        projects[1].CustomFields.ShouldBeEmpty();
    }

    [Fact]
    public void EvidenceOf_JsonValue_GivesTheJsonPathAsColumnAndNoRow()
    {
        var projects = PortfolioReader.Read(_folder.Write("portfolio.json", SmallPortfolio.Json)).Projects;

        projects[2].EvidenceOf("sponsor").ShouldBe(new Evidence
        {
            Field = "sponsor",
            File = "portfolio.json",
            Row = null,
            Column = "$.projects[2].sponsor",
            Value = "Eve",
        });
    }

    [Fact]
    public void EvidenceOf_JsonNull_GivesEmptyValueAtItsPath()
    {
        var project = PortfolioReader.Read(_folder.Write("portfolio.json", SmallPortfolio.Json)).Projects[1];

        project.EvidenceOf("sponsor").ShouldBe(new Evidence { Field = "sponsor", File = "portfolio.json", Column = "$.projects[1].sponsor", Value = "" });
    }

    [Fact]
    public void EvidenceOf_JsonNumber_GivesTheRawNumberText()
    {
        var project = PortfolioReader.Read(_folder.Write("portfolio.json", SmallPortfolio.Json)).Projects[0];

        var evidence = project.EvidenceOf("budgetAtCompletion");

        evidence.Column.ShouldBe("$.projects[0].budget_at_completion");
        evidence.Value.ShouldBe("1250000.50");
        project.EvidenceOf("charterApproved").Value.ShouldBe("true");
    }

    [Fact]
    public void EvidenceOf_NestedRisk_GivesItsPathAndItsProjectsIdPath()
    {
        var risk = PortfolioReader.Read(_folder.Write("portfolio.json", SmallPortfolio.Json)).Projects[0].Risks[1];

        risk.EvidenceOf("owner").ShouldBe(new Evidence { Field = "owner", File = "portfolio.json", Column = "$.projects[0].risks[1].owner", Value = "Bob" });
        risk.EvidenceOf("project").ShouldBe(new Evidence { Field = "project", File = "portfolio.json", Column = "$.projects[0].id", Value = "P-1" });
    }

    [Fact]
    public void Read_SmallDocument_DescribesTheDocumentWithItsHash()
    {
        var path = _folder.Write("portfolio.json", SmallPortfolio.Json);

        var source = PortfolioReader.Read(path).Sources.ShouldHaveSingleItem();

        source.File.ShouldBe("portfolio.json");
        source.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
    }

    [Fact]
    public void Read_SmallDocument_CountsEveryRecordReadFromTheDocument()
    {
        var source = PortfolioReader.Read(_folder.Write("portfolio.json", SmallPortfolio.Json)).Sources.ShouldHaveSingleItem();

        // 2 portfolios + 3 projects + 3 risks + 1 gate, as the four CSV files of the same portfolio count 2 + 3 + 3 + 1.
        source.Records.ShouldBe(9);
    }

    [Fact]
    public void Read_UpperCaseJsonExtension_IsReadAsJson()
    {
        var dataset = PortfolioReader.Read(_folder.Write("PORTFOLIO.JSON", SmallPortfolio.Json));

        dataset.Projects.Count.ShouldBe(3);
        dataset.Sources.ShouldHaveSingleItem().File.ShouldBe("PORTFOLIO.JSON");
    }

    [Fact]
    public void Read_MalformedJson_ThrowsWithLineAndColumn()
    {
        // Line 3: four spaces, then {"id": "P-1", puts the comma at column 17 and the closing brace at column 18.
        var path = _folder.Write("portfolio.json", "{\n  \"projects\": [\n    {\"id\": \"P-1\",}\n  ]\n}\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldStartWith("Malformed JSON: ");
        exception.Message.ShouldEndWith("File=portfolio.json, Line=3, Column=18");
        exception.InnerException.ShouldBeAssignableTo<System.Text.Json.JsonException>();
    }

    [Fact]
    public void Read_MalformedJsonAfterMultiByteText_CountsCharactersNotBytes()
    {
        // {"projects": [{"id": "Café" "x"}]}: the second string starts at character 29 (é is two bytes, so byte 30).
        var path = _folder.Write("portfolio.json", "{\"projects\": [{\"id\": \"Café\" \"x\"}]}");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldEndWith("File=portfolio.json, Line=1, Column=29");
    }

    [Fact]
    public void Read_EmptyJsonFile_ThrowsAtLineOneColumnOne()
    {
        var path = _folder.Write("portfolio.json", "");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldStartWith("Malformed JSON: ");
        exception.Message.ShouldEndWith("File=portfolio.json, Line=1, Column=1");
    }

    [Fact]
    public void Read_JsonArrayAtTopLevel_Throws()
    {
        var path = _folder.Write("portfolio.json", "[{\"id\": \"P-1\"}]");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldBe("Expected a JSON object with a 'projects' array at the top level. File=portfolio.json, Path=$");
    }

    [Fact]
    public void Read_JsonWithoutProjectsProperty_Throws()
    {
        var path = _folder.Write("portfolio.json", "{\"projets\": [{\"id\": \"P-1\"}]}");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldContain("File=portfolio.json");
    }

    [Fact]
    public void Read_NumberWhereADateIsExpected_ThrowsWithPath()
    {
        var path = _folder.Write("portfolio.json", "{\"projects\": [{\"id\": \"P-1\"}, {\"id\": \"P-2\", \"baseline_start\": 20260115}]}");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldBe(
            "Cannot read '20260115' as a date as yyyy-MM-dd. File=portfolio.json, Column=baseline_start, Path=$.projects[1].baseline_start");
        exception.Location!.Path.ShouldBe("$.projects[1].baseline_start");
    }

    [Fact]
    public void Read_StringWhereANumberIsExpected_ThrowsWithPath()
    {
        var path = _folder.Write("portfolio.json", "{\"projects\": [{\"id\": \"P-1\", \"actual_cost\": \"1,200\"}]}");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldEndWith("File=portfolio.json, Column=actual_cost, Path=$.projects[0].actual_cost");
        exception.Message.ShouldStartWith("Cannot read '1,200' as a number");
    }

    [Fact]
    public void Read_ObjectValue_ThrowsWithPath()
    {
        var path = _folder.Write("portfolio.json", "{\"projects\": [{\"id\": \"P-1\", \"sponsor\": {\"name\": \"Dana\"}}]}");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldBe("Expected a string, number, boolean or null. File=portfolio.json, Path=$.projects[0].sponsor");
    }

    [Fact]
    public void Read_RegisterThatIsNotAnArray_ThrowsWithPath()
    {
        var path = _folder.Write("portfolio.json", "{\"projects\": [{\"id\": \"P-1\", \"risks\": {\"id\": \"R-1\"}}]}");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldBe("Expected an array. File=portfolio.json, Path=$.projects[0].risks");
    }

    [Fact]
    public void Read_ProjectThatIsNotAnObject_ThrowsWithPath()
    {
        var path = _folder.Write("portfolio.json", "{\"projects\": [{\"id\": \"P-1\"}, \"P-2\"]}");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldBe("Expected an object. File=portfolio.json, Path=$.projects[1]");
    }

    [Fact]
    public void Read_UnknownPropertyInNestedRisk_ThrowsWithPath()
    {
        var path = _folder.Write("portfolio.json", "{\"projects\": [{\"id\": \"P-1\", \"risks\": [{\"id\": \"R-1\", \"likelihood\": \"high\"}]}]}");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldBe(
            "Unknown property 'likelihood': expected one of id, project, title, severity, status, owner, mitigation, last_reviewed. " +
            "File=portfolio.json, Path=$.projects[0].risks[0].likelihood");
    }

    [Fact]
    public void Read_DuplicateProjectIdInJson_ThrowsWithPathOfTheSecond()
    {
        var path = _folder.Write("portfolio.json", "{\"projects\": [{\"id\": \"P-1\"}, {\"id\": \"P-2\"}, {\"id\": \"P-1\"}]}");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldBe("The id 'P-1' appears twice: ids must be unique. File=portfolio.json, Column=id, Path=$.projects[2].id");
    }

    [Fact]
    public void Read_JsonProjectOfUnknownPortfolio_ThrowsWithPath()
    {
        var path = _folder.Write("portfolio.json", "{\"portfolios\": [{\"id\": \"PF-A\"}], \"projects\": [{\"id\": \"P-1\", \"portfolio\": \"PF-Z\"}]}");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldStartWith("The project names a portfolio that ");
        exception.Message.ShouldEndWith("'PF-Z'. File=portfolio.json, Column=portfolio, Path=$.projects[0].portfolio");
    }

    [Fact]
    public void Read_JsonProjectOfUnknownPortfolio_MessageDoesNotNameACsvFile()
    {
        var path = _folder.Write("portfolio.json", "{\"portfolios\": [{\"id\": \"PF-A\"}], \"projects\": [{\"id\": \"P-1\", \"portfolio\": \"PF-Z\"}]}");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldNotContain("portfolios.csv");
    }

    [Fact]
    public void Read_JsonProjectWithoutIdProperty_ThrowsWithThePathOfTheRecord()
    {
        var path = _folder.Write("portfolio.json", "{\"projects\": [{\"id\": \"P-1\"}, {\"name\": \"Payroll\"}]}");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldStartWith("A required value is missing: expected a non-empty 'id'.");
        exception.Message.ShouldContain("Path=$.projects[1]");
    }

    [Fact]
    public void Read_JsonProjectWithBlankId_ThrowsWithPath()
    {
        var path = _folder.Write("portfolio.json", "{\"projects\": [{\"id\": \"P-1\"}, {\"id\": \" \"}]}");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldBe("A required value is missing: expected a non-empty 'id'. File=portfolio.json, Column=id, Path=$.projects[1].id");
    }

    [Fact]
    public void Read_ProjectWithNullRegister_HasAnEmptyRegister()
    {
        var path = _folder.Write("portfolio.json", "{\"projects\": [{\"id\": \"P-1\", \"risks\": null, \"gates\": []}]}");

        var project = PortfolioReader.Read(path).Projects.ShouldHaveSingleItem();

        project.Risks.ShouldBeEmpty();
        project.Gates.ShouldBeEmpty();
        project.CustomFields.ShouldBeEmpty();
    }

    [Fact]
    public void Read_JsonEvidence_ReadsOrganisationAnswers()
    {
        var path = _folder.Write("portfolio.json",
            "{\"projects\": [], \"evidence\": [{\"id\": \"Q-1\", \"category\": \"governance\", \"question\": \"Gates?\", \"answer\": \"yes\"}]}");

        var dataset = PortfolioReader.Read(path);

        dataset.Projects.ShouldBeEmpty();
        var answer = dataset.Evidence.ShouldHaveSingleItem();
        answer.Category.ShouldBe("governance");
        answer.EvidenceOf("answer").Column.ShouldBe("$.evidence[0].answer");
    }
}
