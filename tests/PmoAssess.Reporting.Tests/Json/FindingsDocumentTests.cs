using System.Text;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Json;

namespace PmoAssess.Tests.Reporting.Json;

public sealed class FindingsDocumentTests
{
    private static readonly Lazy<string> ContosoText = new(() => Encoding.UTF8.GetString(ContosoFindings.Write(ContosoFindings.Report)));

    private static readonly Lazy<FindingsDocument> Contoso = new(() =>
    {
        using var folder = new TempFolder();
        return FindingsDocument.Read(folder.Write("findings.json", ContosoText.Value));
    });

    [Fact]
    public void Read_WrittenContoso_HasTheAssessment()
    {
        var document = Contoso.Value;

        document.SchemaVersion.ShouldBe(1);
        document.ToolVersion.ShouldBe("0.1.0");
        document.Engagement.ShouldBe("contoso");
        document.AsOf.ShouldBe(new DateOnly(2026, 9, 30));
        document.Gate.ShouldBe("fails on high findings and above");
    }

    [Fact]
    public void Read_WrittenContoso_HasEveryRuleWithItsSeverity()
    {
        var report = ContosoFindings.Report;

        Contoso.Value.Rules.ShouldBe(report.Rules.Select(rule => new FindingsRule
        {
            Id = rule.Rule.Id,
            Title = rule.Rule.Title,
            Severity = rule.Rule.Severity,
            Category = rule.Rule.Category,
            Source = rule.Source,
        }));
    }

    [Fact]
    public void Read_WrittenContoso_HasEveryOutcomeCount()
    {
        var report = ContosoFindings.Report;
        var read = Contoso.Value.Outcomes;

        read.Count.ShouldBe(report.Outcomes.Count);
        foreach (var status in Enum.GetValues<OutcomeStatus>())
        {
            read.Count(outcome => outcome.Status == status).ShouldBe(report.Outcomes.Count(outcome => outcome.Status == status), status.ToString());
        }

        foreach (var rule in report.Rules)
        {
            var ofRule = read.Where(outcome => outcome.RuleId == rule.Rule.Id).ToList();
            (ofRule.Count(outcome => outcome.Status == OutcomeStatus.Passed), ofRule.Count(outcome => outcome.Status == OutcomeStatus.Failed),
                ofRule.Count(outcome => outcome.Status == OutcomeStatus.NotApplicable), ofRule.Count(outcome => outcome.Status == OutcomeStatus.NotAssessable))
                .ShouldBe((rule.Passed, rule.Failed, rule.NotApplicable, rule.NotAssessable), rule.Rule.Id);
        }
    }

    [Fact]
    public void Read_WrittenContoso_EveryOutcomeEqualsWhatWasWritten()
    {
        var report = ContosoFindings.Report;
        var severities = report.Findings.ToDictionary(finding => (finding.Outcome.RuleId, finding.Outcome.SubjectKind, finding.Outcome.SubjectId), finding => finding.Severity);

        var read = Contoso.Value.Outcomes;

        read.Count.ShouldBe(report.Outcomes.Count);
        for (var i = 0; i < read.Count; i++)
        {
            var written = report.Outcomes[i];
            var expected = new FindingsOutcome
            {
                RuleId = written.RuleId,
                SubjectKind = written.SubjectKind,
                SubjectId = written.SubjectId,
                ProjectId = written.ProjectId,
                Status = written.Status,
                Severity = severities.TryGetValue((written.RuleId, written.SubjectKind, written.SubjectId), out var severity) ? severity : null,
                Message = written.Message,
                MissingField = written.MissingField,
                Evidence = read[i].Evidence,
            };
            read[i].ShouldBe(expected);
            read[i].Evidence.ShouldBe(written.Evidence, written.RuleId + " " + written.SubjectId);
        }
    }

    [Fact]
    public void Read_WrittenContoso_KeepsTheEvidenceOfAFinding()
    {
        // Values from samples/contoso/projects.csv: PRJ-012 is row 13, its last status report 2026-07-14.
        var outcome = Contoso.Value.Outcomes.Single(outcome => outcome.RuleId == "TRN-106" && outcome.SubjectId == "PRJ-012");

        outcome.SubjectKind.ShouldBe(EntityKind.Project);
        outcome.ProjectId.ShouldBe("PRJ-012");
        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Severity.ShouldBe(Severity.Medium);
        outcome.Message.ShouldBe("Data Centre Exit is rated amber-red and last reported 78 days ago.");
        outcome.Evidence.ShouldBe([new Evidence { Field = "lastStatusReport", File = "projects.csv", Row = 13, Column = "last_status_report", Value = "2026-07-14" }]);
    }

    [Fact]
    public void Read_WrittenContoso_KeepsABlankCellAsEmptyNotNull()
    {
        // PRJ-015 (row 16) has no sponsor: the cell is there but blank.
        var outcome = Contoso.Value.Outcomes.Single(outcome => outcome.RuleId == "GOV-105" && outcome.SubjectId == "PRJ-015");

        outcome.Status.ShouldBe(OutcomeStatus.NotAssessable);
        outcome.Severity.ShouldBeNull();
        outcome.MissingField.ShouldBe("sponsor");
        outcome.Evidence.ShouldBe([new Evidence { Field = "sponsor", File = "projects.csv", Row = 16, Column = "sponsor", Value = "" }]);
    }

    [Fact]
    public void Read_WrittenContoso_KeepsTheCategoryLevels()
    {
        var maturity = ContosoFindings.Report.Maturity!;

        var read = Contoso.Value.Maturity.ShouldNotBeNull();

        read.MethodologyId.ShouldBe("pmo-functions");
        read.Overall.ShouldBe(maturity.Overall);
        read.Categories.ShouldBe(maturity.Categories.Select(category => new FindingsCategory
        {
            Id = category.Category.Id,
            Name = category.Category.Name,
            Level = category.Level,
            Target = category.Target,
        }));
    }

    [Fact]
    public void Read_WrittenWithoutMaturity_HasNoMaturity()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("findings.json");
        File.WriteAllBytes(path, ContosoFindings.Write(ContosoFindings.Report with { Maturity = null, Gate = null }));

        var document = FindingsDocument.Read(path);

        document.Maturity.ShouldBeNull();
        document.Gate.ShouldBeNull();
    }

    [Fact]
    public void Read_FileWithByteOrderMark_Reads()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("findings.json");
        File.WriteAllText(path, ContosoText.Value, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        FindingsDocument.Read(path).Outcomes.Count.ShouldBe(ContosoFindings.Report.Outcomes.Count);
    }

    [Fact]
    public void Read_MalformedJson_ThrowsNamingLineAndColumn()
    {
        using var folder = new TempFolder();
        var path = folder.Write("findings.json", "{\n  \"schemaVersion\": 1,\n  \"tool\": {,\n}\n");

        var exception = Should.Throw<InvalidInputException>(() => FindingsDocument.Read(path));

        exception.Message.ShouldStartWith("findings.json is not valid JSON: ");
        exception.Message.ShouldEndWith("File=" + path + ", Line=3, Column=12");
        exception.Location.ShouldBe(new SourceLocation(path, 3, 12));
    }

    [Fact]
    public void Read_NewerSchemaVersion_ThrowsNamingTheVersion()
    {
        using var folder = new TempFolder();
        var path = folder.Write("findings.json", ContosoText.Value.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 2,", StringComparison.Ordinal));

        var exception = Should.Throw<InvalidInputException>(() => FindingsDocument.Read(path));

        exception.Message.ShouldStartWith("findings.json version 2 is newer than this PmoAssess understands (it reads version 1)");
        exception.Location.ShouldBe(new SourceLocation(path, 2, 20, Path: "$.schemaVersion"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("\"1\"")]
    [InlineData("1.5")]
    [InlineData("null")]
    public void Read_UnknownSchemaVersion_ThrowsNamingIt(string version)
    {
        using var folder = new TempFolder();
        var path = folder.Write("findings.json", ContosoText.Value.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": " + version + ",", StringComparison.Ordinal));

        var exception = Should.Throw<InvalidInputException>(() => FindingsDocument.Read(path));

        exception.Message.ShouldStartWith("findings.json has schemaVersion " + version + ", which is not a version PmoAssess has written");
        exception.Location.ShouldBe(new SourceLocation(path, 2, 20, Path: "$.schemaVersion"));
    }

    [Fact]
    public void Read_NoSchemaVersion_Throws()
    {
        using var folder = new TempFolder();
        var path = folder.Write("baseline.json", "{\n  \"findings\": []\n}\n");

        var exception = Should.Throw<InvalidInputException>(() => FindingsDocument.Read(path));

        exception.Message.ShouldStartWith("baseline.json has no schemaVersion");
        exception.Location.ShouldBe(new SourceLocation(path, 1, 1, Path: "$.schemaVersion"));
    }

    [Fact]
    public void Read_RootIsNotAnObject_Throws()
    {
        using var folder = new TempFolder();
        var path = folder.Write("findings.json", "[1, 2]");

        var exception = Should.Throw<InvalidInputException>(() => FindingsDocument.Read(path));

        exception.Message.ShouldStartWith("findings.json is not a PmoAssess findings file: it holds an array, not an object.");
    }

    [Fact]
    public void Read_OutcomeWithoutRuleId_ThrowsNamingThePathAndTheOutcome()
    {
        var lines = ContosoText.Value.Split('\n').ToList();
        var index = IndexOfOutcome(lines, 5);
        lines.RemoveAt(index + 1);
        using var folder = new TempFolder();
        var path = folder.Write("findings.json", string.Join('\n', lines));

        var exception = Should.Throw<InvalidInputException>(() => FindingsDocument.Read(path));

        exception.Message.ShouldStartWith("findings.json has no 'ruleId' at $.outcomes[5], where one is required.");
        var location = exception.Location.ShouldNotBeNull();
        location.Path.ShouldBe("$.outcomes[5].ruleId");
        location.Line.ShouldBe(index + 1, "the line of the outcome's opening brace");
        location.Column.ShouldBe(lines[index].IndexOf('{', StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Read_MissingTopLevelProperty_ThrowsNamingIt()
    {
        using var folder = new TempFolder();
        var path = folder.Write("findings.json", "{\n  \"schemaVersion\": 1,\n  \"tool\": { \"name\": \"PmoAssess\", \"version\": \"0.1.0\" }\n}\n");

        var exception = Should.Throw<InvalidInputException>(() => FindingsDocument.Read(path));

        exception.Message.ShouldStartWith("findings.json has no 'assessment' at $, where one is required.");
        exception.Location.ShouldBe(new SourceLocation(path, 1, 1, Path: "$.assessment"));
    }

    [Fact]
    public void Read_RowAsText_ThrowsNamingTheValue()
    {
        var text = ContosoText.Value;
        var at = text.IndexOf("\"row\": 13,", StringComparison.Ordinal);
        using var folder = new TempFolder();
        var path = folder.Write("findings.json", text[..at] + "\"row\": \"13\"," + text[(at + "\"row\": 13,".Length)..]);

        var exception = Should.Throw<InvalidInputException>(() => FindingsDocument.Read(path));

        exception.Message.ShouldContain("has \"13\" at $.outcomes[");
        exception.Message.ShouldContain("where a whole number or null is required.");
        var location = exception.Location.ShouldNotBeNull();
        location.Path!.ShouldEndWith(".row");
        var line = text[..at].Count(c => c == '\n') + 1;
        location.Line.ShouldBe(line);
        location.Column.ShouldBe(at - text.LastIndexOf('\n', at) + "\"row\": ".Length);
    }

    [Fact]
    public void Read_UnknownStatus_ThrowsListingTheKnownOnes()
    {
        using var folder = new TempFolder();
        var text = ContosoText.Value;
        var at = text.IndexOf("\"status\": \"failed\"", StringComparison.Ordinal);
        var path = folder.Write("findings.json", text[..at] + "\"status\": \"waived\"" + text[(at + "\"status\": \"failed\"".Length)..]);

        var exception = Should.Throw<InvalidInputException>(() => FindingsDocument.Read(path));

        exception.Message.ShouldContain("has \"waived\" at $.outcomes[");
        exception.Message.ShouldContain("where one of \"passed\", \"failed\", \"not-applicable\", \"not-assessable\", \"error\" is required.");
        exception.Location!.Path!.ShouldEndWith(".status");
    }

    [Fact]
    public void Read_FailedOutcomeWithoutSeverity_Throws()
    {
        using var folder = new TempFolder();
        var text = ContosoText.Value;
        var at = text.IndexOf("\"status\": \"failed\",\n", StringComparison.Ordinal);
        var severity = text.IndexOf("\"severity\": \"", at, StringComparison.Ordinal);
        var end = text.IndexOf('\n', severity);
        var path = folder.Write("findings.json", text[..severity] + "\"severity\": null," + text[end..]);

        var exception = Should.Throw<InvalidInputException>(() => FindingsDocument.Read(path));

        exception.Message.ShouldContain("has null at $.outcomes[");
        exception.Location!.Path!.ShouldEndWith(".severity");
    }

    [Fact]
    public void Read_MissingFile_ThrowsInvalidInput()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("none.json");

        var exception = Should.Throw<InvalidInputException>(() => FindingsDocument.Read(path));

        exception.Location.ShouldBe(new SourceLocation(path));
    }

    /// <summary>The index of the line that opens outcome <paramref name="number"/> (0-based) in the indented file.</summary>
    private static int IndexOfOutcome(List<string> lines, int number)
    {
        var start = lines.IndexOf("  \"outcomes\": [");
        return lines.Select((line, index) => (line, index)).Where(pair => pair.index > start && pair.line == "    {").ElementAt(number).index;
    }
}
