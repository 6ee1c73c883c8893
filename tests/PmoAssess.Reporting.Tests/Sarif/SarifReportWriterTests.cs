using System.Text;
using System.Text.Json;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;
using PmoAssess.Reporting.Sarif;

namespace PmoAssess.Tests.Reporting.Sarif;

public sealed class SarifReportWriterTests
{
    private static readonly SarifReportWriter Writer = new();

    private static readonly Lazy<byte[]> Contoso = new(() => ContosoReport.Render(Writer, ContosoReport.Report));

    [Fact]
    public void Write_Contoso_IsValidAgainstTheSarifSchema()
    {
        var results = SarifSchema.Evaluate(Contoso.Value);

        results.IsValid.ShouldBeTrue(SarifSchema.Errors(results));
    }

    [Fact]
    public void SarifSchema_LogWithResultWithoutMessage_IsInvalid()
    {
        // The schema check must be able to fail: a result needs a message.
        var log = """{ "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "x" } }, "results": [ { "ruleId": "A" } ] } ] }""";

        SarifSchema.Evaluate(Encoding.UTF8.GetBytes(log)).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Write_Contoso_HasOneRunNamingTheToolAndEveryRule()
    {
        using var log = JsonDocument.Parse(Contoso.Value);
        var root = log.RootElement;

        root.GetProperty("$schema").GetString().ShouldBe("https://json.schemastore.org/sarif-2.1.0.json");
        root.GetProperty("version").GetString().ShouldBe("2.1.0");
        var run = root.GetProperty("runs").EnumerateArray().ShouldHaveSingleItem();
        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().ShouldBe("PmoAssess");
        driver.GetProperty("version").GetString().ShouldBe("0.1.0");
        driver.GetProperty("rules").EnumerateArray().Select(rule => rule.GetProperty("id").GetString())
            .ShouldBe(ContosoReport.Report.Rules.Select(rule => rule.Rule.Id));
    }

    [Fact]
    public void Write_Contoso_DescribesEachRuleWithPascalCaseNameAndMappedDefaultLevel()
    {
        using var log = JsonDocument.Parse(Contoso.Value);
        var rules = Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var rsk103 = rules.EnumerateArray().Single(rule => rule.GetProperty("id").GetString() == "RSK-103");

        rsk103.GetProperty("name").GetString().ShouldBe("OpenCriticalRisksAreReviewedAtLeastEvery30Days");
        rsk103.GetProperty("shortDescription").GetProperty("text").GetString().ShouldBe("Open critical risks are reviewed at least every 30 days");
        rsk103.GetProperty("fullDescription").GetProperty("text").GetString().ShouldStartWith("Every open risk rated critical");
        rsk103.GetProperty("help").GetProperty("text").GetString().ShouldSatisfyAllConditions(
            help => help.ShouldStartWith("A critical risk is one that could stop the project"),
            help => help.ShouldEndWith("record the review date and any change to the response."));
        rsk103.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("error");
        var properties = rsk103.GetProperty("properties");
        properties.GetProperty("category").GetString().ShouldBe("risk");
        properties.GetProperty("maturityLevel").GetInt32().ShouldBe(3);
        properties.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()).ShouldBe(["risk-register", "review", "critical-risk"]);
        properties.GetProperty("source").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void Write_Contoso_HasOneResultPerFindingWithTheMappedLevel()
    {
        using var log = JsonDocument.Parse(Contoso.Value);
        var results = Run(log).GetProperty("results").EnumerateArray().ToList();
        var rules = Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var findings = ContosoReport.Report.Findings;

        findings.Count.ShouldBeGreaterThan(0);
        results.Count.ShouldBe(findings.Count);
        foreach (var (result, finding) in results.Zip(findings))
        {
            result.GetProperty("ruleId").GetString().ShouldBe(finding.Rule.Id);
            rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().ShouldBe(finding.Rule.Id);
            result.GetProperty("level").GetString().ShouldBe(finding.Severity switch
            {
                Severity.Critical or Severity.High => "error",
                Severity.Medium => "warning",
                _ => "note",
            });
            result.GetProperty("message").GetProperty("text").GetString().ShouldBe(finding.Outcome.Message ?? finding.Rule.Title);
            result.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.SubjectFingerprint).GetString()
                .ShouldStartWith(finding.Rule.Id + "|");
        }

        results.Select(result => result.GetProperty("level").GetString()).Distinct().Order().ShouldBe(["error", "note", "warning"]);
    }

    [Fact]
    public void Write_FindingFromACsvCell_PointsAtFileRowAndSubject()
    {
        // RSK-028 (Contoso's colocation exit risk) is critical and was last reviewed on 2026-06-12, row 29 of risks.csv.
        using var log = JsonDocument.Parse(Contoso.Value);
        var result = Run(log).GetProperty("results").EnumerateArray().Single(result =>
            result.GetProperty("ruleId").GetString() == "RSK-103" &&
            result.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.SubjectFingerprint).GetString() == "RSK-103|risk|RSK-028");

        result.GetProperty("level").GetString().ShouldBe("error");
        var location = result.GetProperty("locations").EnumerateArray().ShouldHaveSingleItem();
        var physical = location.GetProperty("physicalLocation");
        physical.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("risks.csv");
        physical.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(29);
        var logical = location.GetProperty("logicalLocations").EnumerateArray().ShouldHaveSingleItem();
        logical.GetProperty("name").GetString().ShouldBe("RSK-028");
        logical.GetProperty("fullyQualifiedName").GetString().ShouldBe("risk/RSK-028");
        logical.GetProperty("kind").GetString().ShouldBe("object");
        result.GetProperty("properties").GetProperty("projectId").GetString().ShouldBe("PRJ-012");
    }

    [Fact]
    public void Write_AssessedFolderUnderTheWorkingDirectory_PointsAtEachFileByItsPathFromThere()
    {
        var report = ContosoReport.Report with { SourceFolder = SourceFolder.Of(Path.Combine("samples", "contoso"), Directory.GetCurrentDirectory()) };

        using var log = JsonDocument.Parse(ContosoReport.Render(Writer, report));

        var location = RiskLocation(log);
        location.GetProperty("uri").GetString().ShouldBe("samples/contoso/risks.csv");
        location.TryGetProperty("uriBaseId", out _).ShouldBeFalse();
        Run(log).TryGetProperty("originalUriBaseIds", out _).ShouldBeFalse();
    }

    [Fact]
    public void Write_AssessedFolderOutsideTheWorkingDirectory_PointsAtEachFileFromTheFoldersFileUri()
    {
        var folder = Path.Combine(Path.GetTempPath(), "client data", "contoso");
        var report = ContosoReport.Report with { SourceFolder = SourceFolder.Of(folder, Path.Combine(Path.GetTempPath(), "repo")) };

        var bytes = ContosoReport.Render(Writer, report);

        var validation = SarifSchema.Evaluate(bytes);
        validation.IsValid.ShouldBeTrue(SarifSchema.Errors(validation));
        using var log = JsonDocument.Parse(bytes);
        var location = RiskLocation(log);
        location.GetProperty("uri").GetString().ShouldBe("risks.csv");
        location.GetProperty("uriBaseId").GetString().ShouldBe("INPUT");
        var root = Run(log).GetProperty("originalUriBaseIds").GetProperty("INPUT").GetProperty("uri").GetString()!;
        root.ShouldEndWith("/client%20data/contoso/");
        new Uri(new Uri(root), "risks.csv").LocalPath.ShouldBe(Path.Combine(folder, "risks.csv"));
    }

    [Fact]
    public void Write_SameFindingOnAnotherRow_KeepsItsFingerprintAndMovesItsRegion()
    {
        using var before = JsonDocument.Parse(ContosoReport.Render(Writer, HostileNames.Report(row: 2)));
        using var after = JsonDocument.Parse(ContosoReport.Render(Writer, HostileNames.Report(row: 40)));

        var (first, second) = (SingleResult(before), SingleResult(after));

        second.GetProperty("partialFingerprints").GetRawText().ShouldBe(first.GetProperty("partialFingerprints").GetRawText());
        first.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.SubjectFingerprint).GetString().ShouldBe("TST-001|project|PRJ-001");
        StartLine(first).ShouldBe(2);
        StartLine(second).ShouldBe(40);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Write_UnderAnotherCurrentCulture_WritesTheSameBytes(string culture)
    {
        ContosoReport.Render(Writer, ContosoReport.Report, culture).ShouldBe(Contoso.Value);
        ContosoReport.Render(Writer, HostileNames.Report(), culture).ShouldBe(ContosoReport.Render(Writer, HostileNames.Report()));
    }

    [Fact]
    public void Write_Twice_WritesTheSameBytesWithLineFeedsAndNoByteOrderMark()
    {
        var bytes = ContosoReport.Render(Writer, ContosoReport.Report);

        bytes.ShouldBe(Contoso.Value);
        bytes[0].ShouldBe((byte)'{');
        bytes.ShouldNotContain((byte)'\r');
        bytes[^1].ShouldBe((byte)'\n');
    }

    [Fact]
    public void Write_HostileProjectName_IsValidSarifThatKeepsTheName()
    {
        var bytes = ContosoReport.Render(Writer, HostileNames.Report());

        var results = SarifSchema.Evaluate(bytes);
        results.IsValid.ShouldBeTrue(SarifSchema.Errors(results));
        using var log = JsonDocument.Parse(bytes);
        var result = SingleResult(log);
        result.GetProperty("message").GetProperty("text").GetString().ShouldBe("Project name '" + HostileNames.Name + "' is not plain text.");
        result.GetProperty("properties").GetProperty("projectName").GetString().ShouldBe(HostileNames.Name);
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()
            .ShouldBe("exports/project%20list.csv");
        var rule = Run(log).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ShouldHaveSingleItem();
        rule.GetProperty("name").GetString().ShouldBe("NamesArePlainQuoted");
        rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()).ShouldBe(["names", "<tag>"]);
        Encoding.UTF8.GetString(bytes).ShouldNotContain("<script>");
    }

    [Fact]
    public void Write_MoreFindingsThanALogLists_ListsTheMostSevereAndSaysHowManyMore()
    {
        var report = ContosoReport.Report;
        var severest = report.Findings.Max(finding => finding.Severity);
        var lightest = report.Findings.Min(finding => finding.Severity);
        // Findings are most severe first: the lightest ones are those past the limit.
        var findings = report.Findings.Where(finding => finding.Severity == severest).Take(1)
            .SelectMany(finding => Enumerable.Repeat(finding, SarifReportWriter.MostResults))
            .Concat(report.Findings.Where(finding => finding.Severity == lightest).Take(1).SelectMany(finding => Enumerable.Repeat(finding, 7)))
            .ToList();

        var bytes = ContosoReport.Render(Writer, report with { Findings = findings, Policy = null });

        SarifSchema.Evaluate(bytes).IsValid.ShouldBeTrue();
        using var log = JsonDocument.Parse(bytes);
        var run = Run(log);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.Count.ShouldBe(SarifReportWriter.MostResults);
        results.Select(result => result.GetProperty("ruleId").GetString()).Distinct().ShouldBe([findings[0].Rule.Id]);
        var notification = run.GetProperty("invocations").EnumerateArray().ShouldHaveSingleItem()
            .GetProperty("toolExecutionNotifications").EnumerateArray().ShouldHaveSingleItem();
        notification.GetProperty("level").GetString().ShouldBe("warning");
        notification.GetProperty("message").GetProperty("text").GetString()
            .ShouldBe("7 more findings are not listed: a log lists at most 25000, the most severe first. findings.json lists them all.");
    }

    [Fact]
    public void Write_Contoso_SaysTheRunSucceededAndNothingIsLeftOut()
    {
        using var log = JsonDocument.Parse(Contoso.Value);

        var invocation = Run(log).GetProperty("invocations").EnumerateArray().ShouldHaveSingleItem();
        invocation.GetProperty("executionSuccessful").GetBoolean().ShouldBeTrue();
        invocation.TryGetProperty("toolExecutionNotifications", out _).ShouldBeFalse();
    }

    [Fact]
    public void Write_RulesThatThrew_NotifiesOneErrorPerRuleNamingItAndIsValid()
    {
        var report = ContosoReport.Report;
        RuleOutcome Error(string rule, string subject, string message) =>
            new() { RuleId = rule, SubjectKind = EntityKind.Project, SubjectId = subject, Status = OutcomeStatus.Error, Message = message };
        var errors = new[]
        {
            Error("GOV-101", "PRJ-001", "The rule threw FileNotFoundException: Could not load file or assembly 'Helpers'."),
            Error("GOV-101", "PRJ-002", "The rule threw FileNotFoundException: Could not load file or assembly 'Helpers'."),
            Error("RSK-103", "PRJ-003", "The rule threw InvalidOperationException: Sequence contains no elements."),
        };

        var bytes = ContosoReport.Render(Writer, report with { Errors = errors });

        var validation = SarifSchema.Evaluate(bytes);
        validation.IsValid.ShouldBeTrue(SarifSchema.Errors(validation));
        using var log = JsonDocument.Parse(bytes);
        var invocation = Run(log).GetProperty("invocations").EnumerateArray().ShouldHaveSingleItem();
        invocation.GetProperty("executionSuccessful").GetBoolean().ShouldBeTrue();
        var notifications = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        notifications.Select(notification => notification.GetProperty("associatedRule").GetProperty("id").GetString()).ShouldBe(["GOV-101", "RSK-103"]);
        notifications.ShouldAllBe(notification => notification.GetProperty("level").GetString() == "error");
        var rules = report.Rules.Select(rule => rule.Rule.Id).ToList();
        notifications[0].GetProperty("associatedRule").GetProperty("index").GetInt32().ShouldBe(rules.IndexOf("GOV-101"));
        notifications[0].GetProperty("message").GetProperty("text").GetString().ShouldBe(
            "The rule erred on 2 subjects, which it did not assess; on project PRJ-001: The rule threw FileNotFoundException: Could not load file or assembly 'Helpers'.");
        notifications[1].GetProperty("message").GetProperty("text").GetString().ShouldBe(
            "The rule erred on 1 subject, which it did not assess; on project PRJ-003: The rule threw InvalidOperationException: Sequence contains no elements.");
    }

    [Fact]
    public void Writer_IsRegisteredAsSarif()
    {
        ReportWriters.Formats.ShouldContain("sarif");
        Writer.FileName.ShouldBe("findings.sarif");
    }

    private static JsonElement Run(JsonDocument log) => log.RootElement.GetProperty("runs")[0];

    private static JsonElement SingleResult(JsonDocument log) => Run(log).GetProperty("results").EnumerateArray().ShouldHaveSingleItem();

    /// <summary>The artifact location of RSK-103's finding on RSK-028 (row 29 of risks.csv).</summary>
    private static JsonElement RiskLocation(JsonDocument log) =>
        Run(log).GetProperty("results").EnumerateArray().Single(result =>
                result.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.SubjectFingerprint).GetString() == "RSK-103|risk|RSK-028")
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");

    private static int StartLine(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();
}
