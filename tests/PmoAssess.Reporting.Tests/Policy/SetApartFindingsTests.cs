using System.Text.Json;
using PmoAssess.Policy;
using PmoAssess.Reporting.JUnit;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Sarif;
using PmoAssess.Tests.Reporting.JUnit;
using PmoAssess.Tests.Reporting.Sarif;

namespace PmoAssess.Tests.Reporting.Policy;

/// <summary>A waived finding appears in every output as waived, with its justification; SARIF and JUnit included.</summary>
public sealed class SetApartFindingsTests
{
    private static readonly Waiver Waiver = new()
    {
        Rule = "GOV-101",
        Subject = "PRJ-027",
        Justification = "Regulatory deadline; business case follows",
        Approver = "CFO",
        Expires = new DateOnly(2026, 12, 31),
        Location = "pmoassess.yaml:9",
    };

    /// <summary>Contoso's report with GOV-101 on PRJ-027 (its one failure, samples/contoso/README.md) waived and one other finding baselined.</summary>
    private static AssessmentReport Report()
    {
        var report = ContosoReport.Report;
        var waived = report.Findings.Single(finding => finding.Rule.Id == "GOV-101" && finding.Outcome.SubjectId == "PRJ-027");
        var baselined = report.Findings.First(finding => finding != waived);
        return report with
        {
            Findings = [.. report.Findings.Where(finding => finding != waived && finding != baselined)],
            Policy = new PolicyVerdict
            {
                Findings = [.. report.Findings.Where(finding => finding != waived && finding != baselined)],
                Waived = [(waived, Waiver)],
                Baselined = [baselined],
                FixedSinceBaseline = [],
                Expired = [],
                ExpiringSoon = [],
                Stale = [],
                GateFailures = [],
            },
        };
    }

    [Fact]
    public void Sarif_WaivedFinding_IsASuppressedResultWithTheJustificationAndStaysValid()
    {
        var log = ContosoReport.Render(new SarifReportWriter(), Report());

        var evaluation = SarifSchema.Evaluate(log);
        evaluation.IsValid.ShouldBeTrue(SarifSchema.Errors(evaluation));
        using var document = JsonDocument.Parse(log);
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        results.Count.ShouldBe(ContosoReport.Report.Findings.Count, "set-apart findings are still results, suppressed");
        var suppressed = results.Where(result => result.TryGetProperty("suppressions", out _)).ToList();
        suppressed.Count.ShouldBe(2);
        var waived = suppressed.Single(result => result.GetProperty("ruleId").GetString() == "GOV-101");
        var suppression = waived.GetProperty("suppressions")[0];
        suppression.GetProperty("kind").GetString().ShouldBe("external");
        suppression.GetProperty("justification").GetString().ShouldBe("Waived: Regulatory deadline; business case follows (approved by CFO)");
    }

    [Fact]
    public void JUnit_WaivedFinding_IsSkippedWithTheJustificationNotAFailure()
    {
        var xml = ContosoReport.Render(new JUnitReportWriter(), Report());

        var (document, problems) = JUnitSchema.Validate(xml);
        problems.ShouldBeEmpty();
        var testCase = document.Descendants("testcase").Single(element => (string?)element.Attribute("name") == "GOV-101 Project PRJ-027");
        testCase.Element("failure").ShouldBeNull();
        testCase.Element("skipped")!.Value.ShouldBe("Waived: Regulatory deadline; business case follows");
        var failures = document.Descendants("testsuite").Sum(suite => (int)suite.Attribute("failures")!);
        failures.ShouldBe(ContosoReport.Report.Findings.Count - 2);
    }
}
