using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Policy;
using PmoAssess.Reporting.Json;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;
using PmoAssess.Scoring;

namespace PmoAssess.Tests.Reporting.Json;

public sealed class FindingsJsonWriterTests
{
    private static readonly Lazy<byte[]> Contoso = new(() => ContosoFindings.Write(ContosoFindings.Report));

    private static JsonElement ContosoJson => JsonDocument.Parse(Contoso.Value).RootElement;

    [Fact]
    public void Write_Contoso_IsValidAgainstTheSchema()
    {
        var results = FindingsSchema.Evaluate(Contoso.Value);

        results.IsValid.ShouldBeTrue(FindingsSchema.Errors(results));
    }

    [Fact]
    public void Write_NoMaturityWithSkippedPlugin_IsValidAgainstTheSchema()
    {
        var report = ContosoFindings.Report with
        {
            Maturity = null,
            Gate = null,
            SkippedPlugins = [new SkippedPlugin("Broken.Plugin.dll", "It yields no rules.")],
        };

        var json = ContosoFindings.Write(report);

        var results = FindingsSchema.Evaluate(json);
        results.IsValid.ShouldBeTrue(FindingsSchema.Errors(results));
        var root = JsonDocument.Parse(json).RootElement;
        root.GetProperty("maturity").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("assessment").GetProperty("gate").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("assessment").GetProperty("skippedPlugins")[0].GetProperty("assembly").GetString().ShouldBe("Broken.Plugin.dll");
    }

    [Theory]
    [InlineData("")]
    [InlineData("outcomes/0")]
    [InlineData("outcomes/0/evidence/0")]
    [InlineData("rules/0")]
    [InlineData("maturity/categories/0")]
    public void Schema_PropertyItDoesNotDefine_IsRejected(string where)
    {
        var root = JsonNode.Parse(Contoso.Value)!;
        var target = where.Length == 0 ? root : where.Split('/').Aggregate(root, (node, step) => int.TryParse(step, out var index) ? node[index]! : node[step]!);
        target.AsObject()["unexpected"] = 1;

        FindingsSchema.IsValid(root).ShouldBeFalse();
    }

    [Fact]
    public void Schema_FailedOutcomeWithoutSeverity_IsRejected()
    {
        var root = JsonNode.Parse(Contoso.Value)!;
        var failed = root["outcomes"]!.AsArray().First(outcome => (string?)outcome!["status"] == "failed")!;
        failed["severity"] = null;

        FindingsSchema.IsValid(root).ShouldBeFalse();
    }

    [Theory]
    [InlineData("severity", typeof(Severity))]
    [InlineData("status", typeof(OutcomeStatus))]
    [InlineData("subjectKind", typeof(EntityKind))]
    public void Schema_EnumDefinition_ListsEveryEngineValueInKebabCase(string definition, Type enumType)
    {
        var listed = FindingsSchema.Json.GetProperty("$defs").GetProperty(definition).GetProperty("enum").EnumerateArray().Select(value => value.GetString());

        listed.ShouldBe(Enum.GetNames(enumType).Select(JsonNamingPolicy.KebabCaseLower.ConvertName), ignoreOrder: true);
    }

    [Fact]
    public void Schema_MaturityEnums_ListEveryEngineValue()
    {
        var maturity = FindingsSchema.Json.GetProperty("$defs").GetProperty("maturity").GetProperty("properties");
        var category = FindingsSchema.Json.GetProperty("$defs").GetProperty("category").GetProperty("properties");

        EnumOf(maturity.GetProperty("methodology").GetProperty("properties").GetProperty("aggregation"))
            .ShouldBe(Enum.GetNames<Aggregation>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName), ignoreOrder: true);
        EnumOf(category.GetProperty("rules").GetProperty("items").GetProperty("properties").GetProperty("state"))
            .ShouldBe(Enum.GetNames<RuleState>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName), ignoreOrder: true);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Write_UnderAnotherCurrentCulture_WritesTheSameBytes(string culture)
    {
        var expected = Contoso.Value;
        var previous = CultureInfo.CurrentCulture;
        byte[] written;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            written = ContosoFindings.Write(ContosoFindings.Report);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previous;
        }

        written.ShouldBe(expected);
    }

    [Fact]
    public void Write_SameReportTwice_WritesTheSameBytes()
    {
        ContosoFindings.Write(ContosoFindings.Report).ShouldBe(Contoso.Value);
    }

    [Fact]
    public void Write_Contoso_IsIndentedUtf8WithLfNewlines()
    {
        var bytes = Contoso.Value;
        var text = Encoding.UTF8.GetString(bytes);

        bytes.AsSpan().StartsWith("\uFEFF"u8).ShouldBeFalse("no byte order mark");
        text.ShouldNotContain('\r');
        text.ShouldStartWith("{\n  \"schemaVersion\": 1,\n  \"tool\": {\n    \"name\": \"PmoAssess\",\n    \"version\": \"0.1.0\"\n  },\n");
        text.ShouldEndWith("}\n");
    }

    [Fact]
    public void Write_NonAsciiQuotesAndAmpersands_StayReadable()
    {
        var report = ContosoFindings.Report with { Engagement = "Zoë Müller's \"R&D\" <PMO>" };

        var text = Encoding.UTF8.GetString(ContosoFindings.Write(report));

        text.ShouldContain("\"engagement\": \"Zoë Müller's \\\"R&D\\\" <PMO>\",");
    }

    [Fact]
    public void Write_Contoso_HasTheVersionedShapeInOrder()
    {
        var root = ContosoJson;

        root.EnumerateObject().Select(property => property.Name).ShouldBe(["schemaVersion", "tool", "assessment", "summary", "rules", "outcomes", "maturity", "policy"]);
        root.GetProperty("schemaVersion").GetInt32().ShouldBe(FindingsJsonWriter.SchemaVersion);
        var assessment = root.GetProperty("assessment");
        assessment.GetProperty("engagement").GetString().ShouldBe("contoso");
        assessment.GetProperty("asOf").GetString().ShouldBe("2026-09-30");
        assessment.GetProperty("gate").GetString().ShouldBe("fails on high findings and above");
        assessment.GetProperty("ruleSources").EnumerateArray().Select(source => source.GetString()).ShouldBe(["test"]);
        var projects = assessment.GetProperty("sources").EnumerateArray().Single(source => source.GetProperty("file").GetString() == "projects.csv");
        projects.GetProperty("records").GetInt32().ShouldBe(34);
        projects.GetProperty("sha256").GetString()!.ShouldMatch("^[0-9a-f]{64}$");
    }

    [Fact]
    public void Write_Contoso_SummaryCountsWhatTheReportHolds()
    {
        var report = ContosoFindings.Report;
        var summary = ContosoJson.GetProperty("summary");

        summary.GetProperty("projects").GetInt32().ShouldBe(34);
        summary.GetProperty("portfolios").GetInt32().ShouldBe(3);
        summary.GetProperty("rules").GetInt32().ShouldBe(report.Rules.Count);
        var findings = summary.GetProperty("findings");
        findings.EnumerateObject().Select(property => property.Name).ShouldBe(["total", "critical", "high", "medium", "low", "info"]);
        findings.GetProperty("total").GetInt32().ShouldBe(report.Findings.Count);
        findings.GetProperty("high").GetInt32().ShouldBe(report.Findings.Count(finding => finding.Severity == Severity.High));
        var outcomes = summary.GetProperty("outcomes");
        outcomes.GetProperty("total").GetInt32().ShouldBe(report.Outcomes.Count);
        outcomes.GetProperty("notAssessable").GetInt32().ShouldBe(report.NotAssessable.Count);
        outcomes.GetProperty("passed").GetInt32().ShouldBe(report.Outcomes.Count(outcome => outcome.Status == OutcomeStatus.Passed));
    }

    [Fact]
    public void Write_Contoso_SpellsEnumsInLowerKebabCase()
    {
        var outcomes = ContosoJson.GetProperty("outcomes").EnumerateArray().ToList();

        outcomes.Select(outcome => outcome.GetProperty("status").GetString()).Distinct().ShouldBeSubsetOf(["passed", "failed", "not-applicable", "not-assessable", "error"]);
        outcomes.ShouldContain(outcome => outcome.GetProperty("status").GetString() == "not-assessable");
        outcomes.ShouldContain(outcome => outcome.GetProperty("status").GetString() == "not-applicable");
        outcomes.Select(outcome => outcome.GetProperty("subjectKind").GetString()).ShouldContain("project");
        ContosoJson.GetProperty("rules").EnumerateArray().Select(rule => rule.GetProperty("severity").GetString())
            .Distinct().ShouldBeSubsetOf(["info", "low", "medium", "high", "critical"]);
    }

    [Fact]
    public void Write_Contoso_GivesSeverityToFailedOutcomesOnly()
    {
        var report = ContosoFindings.Report;
        var outcomes = ContosoJson.GetProperty("outcomes").EnumerateArray().ToList();

        outcomes.Count.ShouldBe(report.Outcomes.Count);
        for (var i = 0; i < outcomes.Count; i++)
        {
            var severity = outcomes[i].GetProperty("severity");
            if (report.Outcomes[i].Status == OutcomeStatus.Failed)
            {
                var outcome = report.Outcomes[i];
                var finding = report.Findings.Single(finding => finding.Outcome.RuleId == outcome.RuleId
                    && finding.Outcome.SubjectKind == outcome.SubjectKind && finding.Outcome.SubjectId == outcome.SubjectId);
                severity.GetString().ShouldBe(JsonNamingPolicy.KebabCaseLower.ConvertName(finding.Severity.ToString()));
            }
            else
            {
                severity.ValueKind.ShouldBe(JsonValueKind.Null);
            }
        }
    }

    [Fact]
    public void Write_Contoso_WritesCoverageToFourPlacesAtMost()
    {
        var text = Encoding.UTF8.GetString(Contoso.Value);

        var coverages = Regex.Matches(text, "\"coverage\": ([^,\n]+)").Select(match => match.Groups[1].Value).ToList();

        coverages.ShouldNotBeEmpty();
        coverages.ShouldAllBe(value => value == "null" || Regex.IsMatch(value, @"^(0(\.[0-9]{1,4})?|1(\.0+)?)$"));
    }

    [Fact]
    public void Write_PolicySetFindingsApart_ListsThemAndKeepsTheirSeverity()
    {
        var report = ContosoFindings.Report;
        var waived = report.Findings[0];
        var baselined = report.Findings[1];
        var waiver = new Waiver
        {
            Rule = waived.Rule.Id, Subject = waived.Outcome.SubjectId, Justification = "Accepted by the board.", Approver = "PMO lead",
            Approved = new DateOnly(2026, 1, 15), Expires = new DateOnly(2026, 10, 15), Location = "pmoassess.yaml:31",
        };
        var expired = waiver with { Rule = "GOV-9*", Subject = "*", Approver = null, Approved = null, Expires = new DateOnly(2026, 1, 1), Location = "pmoassess.yaml:40" };
        var withPolicy = report with
        {
            Findings = [.. report.Findings.Skip(2)],
            Policy = new PolicyVerdict
            {
                Findings = [.. report.Findings.Skip(2)],
                Waived = [(waived, waiver)],
                Baselined = [baselined],
                FixedSinceBaseline = [new BaselineEntry("GOV-101", EntityKind.Project, "PRJ-099", Severity.High, "Gone.")],
                Expired = [expired],
                ExpiringSoon = [waiver],
                Stale = [],
                GateFailures = ["3 high findings (the gate fails on high and above)."],
            },
        };

        var json = ContosoFindings.Write(withPolicy);

        var results = FindingsSchema.Evaluate(json);
        results.IsValid.ShouldBeTrue(FindingsSchema.Errors(results));
        var root = JsonDocument.Parse(json).RootElement;
        root.GetProperty("summary").GetProperty("findings").GetProperty("total").GetInt32().ShouldBe(report.Findings.Count - 2);
        var policy = root.GetProperty("policy");
        policy.GetProperty("gatePassed").GetBoolean().ShouldBeFalse();
        var listed = policy.GetProperty("waived")[0];
        listed.GetProperty("ruleId").GetString().ShouldBe(waived.Rule.Id);
        listed.GetProperty("subjectId").GetString().ShouldBe(waived.Outcome.SubjectId);
        listed.GetProperty("waiver").GetProperty("expires").GetString().ShouldBe("2026-10-15");
        policy.GetProperty("baselined")[0].GetProperty("subjectId").GetString().ShouldBe(baselined.Outcome.SubjectId);
        policy.GetProperty("fixedSinceBaseline")[0].GetProperty("subjectKind").GetString().ShouldBe("project");
        policy.GetProperty("expiredWaivers")[0].GetProperty("approved").ValueKind.ShouldBe(JsonValueKind.Null);
        var severities = root.GetProperty("outcomes").EnumerateArray()
            .Where(outcome => outcome.GetProperty("status").GetString() == "failed")
            .ToDictionary(outcome => (outcome.GetProperty("ruleId").GetString(), outcome.GetProperty("subjectId").GetString()), outcome => outcome.GetProperty("severity").GetString());
        severities[(waived.Rule.Id, waived.Outcome.SubjectId)].ShouldBe(JsonNamingPolicy.KebabCaseLower.ConvertName(waived.Severity.ToString()));
        severities[(baselined.Rule.Id, baselined.Outcome.SubjectId)].ShouldBe(JsonNamingPolicy.KebabCaseLower.ConvertName(baselined.Severity.ToString()));
    }

    [Fact]
    public void Write_NoPolicy_WritesNull()
    {
        ContosoJson.GetProperty("policy").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Write_PolicyChangedSeverity_WritesTheSeverityInForce()
    {
        var report = ContosoFindings.Report;
        var first = report.Findings[0];
        var changed = report with { Findings = [first with { Severity = Severity.Info }, .. report.Findings.Skip(1)] };

        var outcome = JsonDocument.Parse(ContosoFindings.Write(changed)).RootElement.GetProperty("outcomes").EnumerateArray()
            .Single(outcome => outcome.GetProperty("ruleId").GetString() == first.Outcome.RuleId
                && outcome.GetProperty("subjectId").GetString() == first.Outcome.SubjectId);

        first.Severity.ShouldNotBe(Severity.Info);
        outcome.GetProperty("severity").GetString().ShouldBe("info");
    }

    [Fact]
    public void ReportWriters_Json_IsTheFindingsWriter()
    {
        var writer = new FindingsJsonWriter();

        writer.Format.ShouldBe("json");
        writer.FileName.ShouldBe("findings.json");
        ReportWriters.IsKnown("json").ShouldBeTrue();
    }

    private static IEnumerable<string?> EnumOf(JsonElement definition) => definition.GetProperty("enum").EnumerateArray().Select(value => value.GetString());
}
