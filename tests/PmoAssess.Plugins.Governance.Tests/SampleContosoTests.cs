using PmoAssess.Assessment;
using PmoAssess.Outcomes;
using PmoAssess.Tests;

namespace PmoAssess.Plugins.Governance.Tests;

/// <summary>
/// The Contoso sample assessed with the governance plugin's four rules. The expected values are the ones
/// samples/contoso/README.md lists (computed there by a separate script from the CSV files), kept
/// here as literals so that the program can never supply its own answers.
/// </summary>
public sealed class SampleContosoTests
{
    private static readonly Lazy<AssessmentResult> Contoso = new(() => SampleContoso.Assess(new GovernancePlugin()));

    [Theory]
    [InlineData("GOV-001", 26, 2, 6, 0, "PRJ-015 PRJ-021", "")]
    [InlineData("GOV-002", 13, 2, 18, 1, "PRJ-015 PRJ-027", "PRJ-013")]
    [InlineData("TRN-001", 20, 6, 6, 2, "PRJ-012 PRJ-013 PRJ-015 PRJ-017 PRJ-022 PRJ-032", "PRJ-016 PRJ-021")]
    [InlineData("RSK-001", 27, 5, 48, 0, "RSK-006 RSK-028 RSK-037 RSK-038 RSK-052", "")]
    public void Run_ContosoAsOf20260930_MatchesTheReadme(
        string ruleId, int passed, int failed, int notApplicable, int notAssessable, string failing, string notAssessed) =>
        SampleContoso.ShouldMatchTheReadme(Contoso.Value, ruleId, passed, failed, notApplicable, notAssessable, failing, notAssessed);

    [Fact]
    public void Run_ContosoAsOf20260930_Has15FindingsAndNoErrors()
    {
        // The README's 23 failed outcomes of the six C# rules, less the 8 of DEL-001 and DEL-002 (the delivery health plugin).
        Contoso.Value.Findings.Count.ShouldBe(15);
        Contoso.Value.Outcomes.ShouldNotContain(outcome => outcome.Status == OutcomeStatus.Error);
    }

    [Fact]
    public void Run_ContosoStaleReport_PointsAtTheCell()
    {
        var outcome = SampleContoso.OutcomeOf(Contoso.Value, "TRN-001", "PRJ-032");

        outcome.Message.ShouldBe("The last status report is 33 days old (limit 30).");
        outcome.Evidence.ShouldBe(
        [
            new Evidence { Field = "lastStatusReport", File = "projects.csv", Row = 33, Column = "last_status_report", Value = "2026-08-28" },
        ]);
    }

    [Fact]
    public void Run_ContosoBlankCharterApproval_PointsAtTheBlankCell()
    {
        var outcome = SampleContoso.OutcomeOf(Contoso.Value, "GOV-002", "PRJ-013");

        outcome.MissingField.ShouldBe("charterApproved");
        outcome.Evidence.ShouldBe(
        [
            new Evidence { Field = "charterApproved", File = "projects.csv", Row = 14, Column = "charter_approved", Value = "" },
        ]);
    }
}
