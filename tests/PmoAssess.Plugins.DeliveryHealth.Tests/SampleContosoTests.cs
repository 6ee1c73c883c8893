using PmoAssess.Assessment;
using PmoAssess.Import;
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
    private static readonly Lazy<AssessmentResult> Contoso = new(AssessContoso);

    [Theory]
    [InlineData("DEL-001", 15, 4, 14, 1, "PRJ-002 PRJ-003 PRJ-012 PRJ-026", "PRJ-017")]
    [InlineData("DEL-002", 15, 4, 14, 1, "PRJ-003 PRJ-007 PRJ-012 PRJ-015", "PRJ-009")]
    public void Run_ContosoAsOf20260930_MatchesTheReadme(
        string ruleId, int passed, int failed, int notApplicable, int notAssessable, string failing, string notAssessed)
    {
        var outcomes = Contoso.Value.Outcomes.Where(outcome => outcome.RuleId == ruleId).ToList();

        CountOf(outcomes, OutcomeStatus.Passed).ShouldBe(passed, ruleId + " passed");
        CountOf(outcomes, OutcomeStatus.Failed).ShouldBe(failed, ruleId + " failed");
        CountOf(outcomes, OutcomeStatus.NotApplicable).ShouldBe(notApplicable, ruleId + " not applicable");
        CountOf(outcomes, OutcomeStatus.NotAssessable).ShouldBe(notAssessable, ruleId + " not assessable");
        outcomes.Count.ShouldBe(passed + failed + notApplicable + notAssessable, ruleId + ": one outcome per subject, no errors");
        IdsOf(outcomes, OutcomeStatus.Failed).ShouldBe(Ids(failing), ruleId + " failing subjects");
        IdsOf(outcomes, OutcomeStatus.NotAssessable).ShouldBe(Ids(notAssessed), ruleId + " not-assessable subjects");
    }

    [Fact]
    public void Run_ContosoAsOf20260930_Has8FindingsAndNoErrors()
    {
        Contoso.Value.Findings.Count.ShouldBe(8);
        Contoso.Value.Outcomes.ShouldNotContain(outcome => outcome.Status == OutcomeStatus.Error);
    }

    [Fact]
    public void Run_ContosoMissingActualCost_PointsAtTheBlankCell()
    {
        var outcome = Contoso.Value.Outcomes.Single(outcome => outcome.RuleId == "DEL-001" && outcome.SubjectId == "PRJ-017");

        outcome.MissingField.ShouldBe("actualCost");
        outcome.Evidence.ShouldBe(
        [
            new Evidence { Field = "actualCost", File = "projects.csv", Row = 18, Column = "actual_cost", Value = "" },
        ]);
    }

    private static AssessmentResult AssessContoso()
    {
        var dataset = PortfolioReader.Read(RepositoryRoot.Combine("samples", "contoso"));
        return Testing.RuleHarness.ForPlugin(new DeliveryHealthPlugin()).AsOf(new DateOnly(2026, 9, 30)).Given(dataset).Run().Assessment;
    }

    private static int CountOf(IEnumerable<RuleOutcome> outcomes, OutcomeStatus status) => outcomes.Count(outcome => outcome.Status == status);

    private static string[] IdsOf(IEnumerable<RuleOutcome> outcomes, OutcomeStatus status) =>
        [.. outcomes.Where(outcome => outcome.Status == status).Select(outcome => outcome.SubjectId).Order(StringComparer.Ordinal)];

    private static string[] Ids(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
