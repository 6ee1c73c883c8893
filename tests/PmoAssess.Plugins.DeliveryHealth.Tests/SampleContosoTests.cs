using PmoAssess.Assessment;
using PmoAssess.Outcomes;
using PmoAssess.Tests;

namespace PmoAssess.Plugins.DeliveryHealth.Tests;

/// <summary>
/// The Contoso sample assessed with the delivery health plugin's rules. The expected values are the ones
/// samples/contoso/README.md lists for DEL-001 and DEL-002 (computed there by a separate script from the CSV
/// files), kept here as literals so that the program can never supply its own answers.
/// </summary>
public sealed class SampleContosoTests
{
    private static readonly Lazy<AssessmentResult> Contoso = new(() => SampleContoso.Assess(new DeliveryHealthPlugin()));

    [Theory]
    [InlineData("DEL-001", 15, 4, 14, 1, "PRJ-002 PRJ-003 PRJ-012 PRJ-026", "PRJ-017")]
    [InlineData("DEL-002", 15, 4, 14, 1, "PRJ-003 PRJ-007 PRJ-012 PRJ-015", "PRJ-009")]
    public void Run_ContosoAsOf20260930_MatchesTheReadme(
        string ruleId, int passed, int failed, int notApplicable, int notAssessable, string failing, string notAssessed) =>
        SampleContoso.ShouldMatchTheReadme(Contoso.Value, ruleId, passed, failed, notApplicable, notAssessable, failing, notAssessed);

    [Fact]
    public void Run_ContosoAsOf20260930_Has8FindingsAndNoErrors()
    {
        Contoso.Value.Findings.Count.ShouldBe(8);
        Contoso.Value.Outcomes.ShouldNotContain(outcome => outcome.Status == OutcomeStatus.Error);
    }

    [Fact]
    public void Run_ContosoMissingActualCost_PointsAtTheBlankCell()
    {
        var outcome = SampleContoso.OutcomeOf(Contoso.Value, "DEL-001", "PRJ-017");

        outcome.MissingField.ShouldBe("actualCost");
        outcome.Evidence.ShouldBe(
        [
            new Evidence { Field = "actualCost", File = "projects.csv", Row = 18, Column = "actual_cost", Value = "" },
        ]);
    }
}
