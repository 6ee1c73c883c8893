using PmoAssess.Assessment;
using PmoAssess.Outcomes;
using PmoAssess.Rules;
using PmoAssess.Rulesets;

namespace PmoAssess.Tests.Rulesets;

/// <summary>
/// The Contoso sample assessed with every built-in YAML ruleset. The expected values are the ones
/// samples/contoso/README.md lists under "Rules from the built-in rulesets" (computed there by a
/// separate script that applies the rule definitions to the CSV files), kept here as literals so that
/// the program can never supply its own answers.
/// </summary>
public sealed class SampleContosoTests
{
    private static readonly Lazy<AssessmentResult> Contoso = new(AssessContoso);

    [Theory]
    [InlineData("GOV-101", 19, 1, 14, 0, "PRJ-027", "")]
    [InlineData("GOV-105", 26, 0, 6, 2, "", "PRJ-015 PRJ-021")]
    [InlineData("GOV-107", 19, 1, 14, 0, "PRJ-015", "")]
    [InlineData("TRN-102", 15, 0, 17, 2, "", "PRJ-017 PRJ-030")]
    [InlineData("TRN-106", 1, 1, 32, 0, "PRJ-012", "")]
    [InlineData("TRN-107", 0, 3, 0, 0, "PF-01 PF-02 PF-03", "")]
    [InlineData("TRN-108", 14, 2, 18, 0, "PRJ-009 PRJ-017", "")]
    [InlineData("DEL-101", 14, 5, 14, 1, "PRJ-002 PRJ-003 PRJ-010 PRJ-012 PRJ-026", "PRJ-017")]
    [InlineData("DEL-105", 53, 1, 62, 0, "MS-080", "")]
    [InlineData("DEL-106", 49, 5, 62, 0, "MS-010 MS-030 MS-066 MS-080 MS-092", "")]
    [InlineData("DEL-108", 0, 3, 0, 0, "PF-01 PF-02 PF-03", "")]
    [InlineData("DEL-109", 1, 2, 0, 0, "PF-01 PF-02", "")]
    [InlineData("RSK-102", 51, 10, 19, 0, "RSK-028 RSK-029 RSK-030 RSK-031 RSK-034 RSK-037 RSK-038 RSK-039 RSK-050 RSK-051", "")]
    [InlineData("RSK-106", 3, 1, 30, 0, "PRJ-027", "")]
    [InlineData("RSK-108", 2, 1, 0, 0, "PF-02", "")]
    [InlineData("BEN-102", 37, 1, 0, 0, "BEN-019", "")]
    [InlineData("BEN-105", 33, 5, 0, 0, "BEN-010 BEN-024 BEN-025 BEN-033 BEN-034", "")]
    [InlineData("BEN-106", 3, 0, 0, 0, "", "")]
    [InlineData("RES-104", 14, 2, 18, 0, "PRJ-009 PRJ-011", "")]
    [InlineData("RES-107", 3, 0, 0, 0, "", "")]
    [InlineData("TRC-107", 9, 1, 4, 0, "ISS-007", "")]
    [InlineData("TRC-109", 1, 6, 7, 0, "ISS-001 ISS-004 ISS-006 ISS-007 ISS-008 ISS-010", "")]
    [InlineData("DQ-106", 31, 0, 0, 3, "", "PRJ-005 PRJ-021 PRJ-030")]
    [InlineData("DQ-109", 30, 0, 0, 4, "", "PRJ-005 PRJ-017 PRJ-021 PRJ-030")]
    [InlineData("DQ-113", 2, 1, 0, 0, "PF-02", "")]
    public void Run_ContosoAsOf20260930_MatchesTheReadme(
        string ruleId, int passed, int failed, int notApplicable, int notAssessable, string failing, string notAssessed) =>
        SampleContoso.ShouldMatchTheReadme(Contoso.Value, ruleId, passed, failed, notApplicable, notAssessable, failing, notAssessed);

    [Fact]
    public void Run_ContosoAsOf20260930_NoYamlRuleGivesAnError()
    {
        Contoso.Value.Outcomes.ShouldNotBeEmpty();
        Contoso.Value.Outcomes.Where(outcome => outcome.Status == OutcomeStatus.Error)
            .Select(outcome => outcome.RuleId + " " + outcome.SubjectId + ": " + outcome.Message)
            .ShouldBeEmpty();
    }

    private static AssessmentResult AssessContoso()
    {
        var builder = new RuleCatalogBuilder();
        foreach (var ruleset in RulesetLoader.Load([RepositoryRoot.Combine("rulesets")]))
        {
            builder.Add(ruleset);
        }

        return AssessmentRunner.Run(SampleContoso.Read(), builder.Build(), SampleContoso.AsOf);
    }
}
