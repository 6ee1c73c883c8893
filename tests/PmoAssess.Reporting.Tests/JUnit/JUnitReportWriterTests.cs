using System.Text;
using System.Xml.Linq;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.JUnit;
using PmoAssess.Reporting.Output;
using PmoAssess.Tests.Reporting.Sarif;

namespace PmoAssess.Tests.Reporting.JUnit;

public sealed class JUnitReportWriterTests
{
    private static readonly JUnitReportWriter Writer = new();

    private static readonly Lazy<byte[]> Contoso = new(() => ContosoReport.Render(Writer, ContosoReport.Report));

    [Fact]
    public void Write_Contoso_IsValidAgainstTheJenkinsSchema()
    {
        var (_, problems) = JUnitSchema.Validate(Contoso.Value);

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void JUnitSchema_SkippedWithAttribute_RaisesAValidationEvent()
    {
        // The validation must be able to fail: the Jenkins schema gives <skipped> no attributes.
        var xml = """<testsuites><testsuite name="a" tests="1"><testcase name="b"><skipped message="c"/></testcase></testsuite></testsuites>""";

        JUnitSchema.Validate(Encoding.UTF8.GetBytes(xml)).Problems.ShouldNotBeEmpty();
    }

    [Fact]
    public void Write_Contoso_HasOneSuitePerCategoryInTheOrderOfTheListedOutcomesWithItsCounts()
    {
        var root = XDocument.Parse(Encoding.UTF8.GetString(Contoso.Value)).Root!;
        var report = ContosoReport.Report;
        var categories = report.Rules.ToDictionary(rule => rule.Rule.Id, rule => rule.Rule.Category, StringComparer.Ordinal);
        var applicable = report.Outcomes.Where(outcome => outcome.Status != OutcomeStatus.NotApplicable).ToList();

        root.Name.LocalName.ShouldBe("testsuites");
        root.Attribute("name")!.Value.ShouldBe("PmoAssess");
        root.Attribute("tests")!.Value.ShouldBe(applicable.Count.ToString());
        root.Attribute("failures")!.Value.ShouldBe(report.Findings.Count.ToString());
        root.Attribute("errors")!.Value.ShouldBe(report.Errors.Count.ToString());
        var suites = root.Elements("testsuite").ToList();
        var names = suites.Select(suite => suite.Attribute("name")!.Value).ToList();

        // In the order findings.json lists the outcomes (every one, at this size, by rule id): a category where its first
        // applicable outcome comes, then the categories of rules that applied to nothing, in the rules' order.
        var ruleIds = report.Outcomes.Select(outcome => outcome.RuleId).ToList();
        ruleIds.ShouldBe(ruleIds.Order(StringComparer.Ordinal));
        names.ShouldBe(applicable.Select(outcome => categories[outcome.RuleId]).Concat(categories.Values).Distinct());

        // Contoso's delivery rules (DEL) come before its data-quality ones (DQ): the order is not the names' order.
        names.ShouldNotBe(names.Order(StringComparer.Ordinal).ToList());
        foreach (var suite in suites)
        {
            var outcomes = applicable.Where(outcome => categories[outcome.RuleId] == suite.Attribute("name")!.Value).ToList();
            suite.Elements("testcase").Count().ShouldBe(outcomes.Count);
            suite.Attribute("tests")!.Value.ShouldBe(outcomes.Count.ToString());
            suite.Attribute("failures")!.Value.ShouldBe(outcomes.Count(outcome => outcome.Status == OutcomeStatus.Failed).ToString());
            suite.Attribute("errors")!.Value.ShouldBe(outcomes.Count(outcome => outcome.Status == OutcomeStatus.Error).ToString());
            suite.Attribute("skipped")!.Value.ShouldBe(outcomes.Count(outcome => outcome.Status == OutcomeStatus.NotAssessable).ToString());
            suite.Elements("testcase").Count(testCase => testCase.Element("failure") is not null).ToString().ShouldBe(suite.Attribute("failures")!.Value);
            suite.Elements("testcase").Count(testCase => testCase.Element("skipped") is not null).ToString().ShouldBe(suite.Attribute("skipped")!.Value);
        }

        report.NotAssessable.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Write_FailedOutcomeFromACsvCell_IsAFailureWithSeverityAndEvidence()
    {
        var root = XDocument.Parse(Encoding.UTF8.GetString(Contoso.Value)).Root!;
        var finding = ContosoReport.Report.Findings.Single(finding => finding.Rule.Id == "RSK-103" && finding.Outcome.SubjectId == "RSK-028");

        var testCase = root.Descendants("testcase").Single(testCase => testCase.Attribute("name")!.Value == "RSK-103 Risk RSK-028");

        testCase.Attribute("classname")!.Value.ShouldBe("risk.RSK-103");
        var failure = testCase.Element("failure").ShouldNotBeNull();
        failure.Attribute("message")!.Value.ShouldBe(finding.Outcome.Message);
        failure.Attribute("type")!.Value.ShouldBe("high");
        failure.Value.ShouldBe(
            finding.Outcome.Message + "\n" +
            "Subject: Risk RSK-028 of project PRJ-012 " + ContosoReport.Report.ProjectNames["PRJ-012"] + "\n" +
            "Evidence: risks.csv row 29, last_reviewed: \"2026-06-12\"");
    }

    [Fact]
    public void Write_NotAssessableOutcome_IsSkippedWithTheMissingField()
    {
        var root = XDocument.Parse(Encoding.UTF8.GetString(Contoso.Value)).Root!;
        var outcome = ContosoReport.Report.NotAssessable.First(outcome => outcome.Message == "No value for '" + outcome.MissingField + "'.");

        var testCase = root.Descendants("testcase").Single(testCase =>
            testCase.Attribute("name")!.Value == outcome.RuleId + " " + outcome.SubjectKind + " " + outcome.SubjectId);

        testCase.Element("skipped")!.Value.ShouldBe("Not assessable: no value for '" + outcome.MissingField + "'.");
        testCase.Elements().ShouldHaveSingleItem();
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
    public void Write_Contoso_IsUtf8WithoutByteOrderMarkWithLineFeeds()
    {
        var bytes = Contoso.Value;

        Encoding.ASCII.GetString(bytes, 0, 38).ShouldBe("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        bytes.ShouldNotContain((byte)'\r');
        bytes[^1].ShouldBe((byte)'\n');
    }

    [Fact]
    public void Write_HostileProjectName_IsWellFormedValidXmlThatKeepsTheReadableText()
    {
        var (document, problems) = JUnitSchema.Validate(ContosoReport.Render(Writer, HostileNames.Report()));

        problems.ShouldBeEmpty();
        var suite = document.Root!.Elements("testsuite").ShouldHaveSingleItem();
        suite.Attribute("name")!.Value.ShouldBe("data <quality> & \"more\"");
        suite.Attribute("tests")!.Value.ShouldBe("3");
        var cleaned = HostileNames.Name.Replace("\u0001", "\uFFFD").Replace("\u0007", "\uFFFD").Replace("\u001B", "\uFFFD")
            .Replace("\u001F", "\uFFFD").Replace("\uFFFE", "\uFFFD");
        var failure = suite.Descendants("failure").ShouldHaveSingleItem();
        failure.Attribute("message")!.Value.ShouldBe("Project name '" + cleaned + "' is not plain text.");
        failure.Value.ShouldContain("Subject: Project PRJ-001 " + cleaned + "\n");
        failure.Value.ShouldContain("Evidence: exports/project list.csv row 2, Project <Name>: \"" + cleaned + "\"");
        suite.Descendants("skipped").ShouldHaveSingleItem().Value.ShouldBe("Not assessable: no value for 'name'.");
        suite.Descendants("error").ShouldHaveSingleItem().Attribute("message")!.Value.ShouldContain("Broken <rule> & \"message\" \uFFFD");
    }

    [Fact]
    public void Write_MessageWithLineBreaks_KeepsThemInTheAttribute()
    {
        var report = HostileNames.Report();
        var finding = report.Findings[0];
        var multiLine = report with
        {
            Outcomes = [.. report.Outcomes.Select(outcome => outcome == finding.Outcome ? outcome with { Message = "one\ntwo\r\nthree" } : outcome)],
        };

        var bytes = ContosoReport.Render(Writer, multiLine);
        var (document, problems) = JUnitSchema.Validate(bytes);

        problems.ShouldBeEmpty();
        bytes.ShouldNotContain((byte)'\r');
        document.Descendants("failure").ShouldHaveSingleItem().Attribute("message")!.Value.ShouldBe("one\ntwo\r\nthree");
    }

    [Fact]
    public void Writer_IsRegisteredAsJUnit()
    {
        ReportWriters.Formats.ShouldContain("junit");
        Writer.FileName.ShouldBe("junit.xml");
    }
}
