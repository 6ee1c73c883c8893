using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Import;
using PmoAssess.Outcomes;

namespace PmoAssess.Tests;

/// <summary>
/// The Contoso sample (samples/contoso), the date its README computes its figures for, and the check that one
/// rule's outcomes there are the ones the README lists. The expected values stay in each test, as literals, so
/// that the program can never supply its own answers.
/// </summary>
/// <remarks>
/// Linked into the test projects that assess the sample, not into every test project as the files directly in
/// tests/Shared are; SampleContoso.Plugins.cs adds the plugin assessment where PmoAssess.Testing is referenced.
/// </remarks>
internal static partial class SampleContoso
{
    /// <summary>The assessment date samples/contoso/README.md computes its figures for.</summary>
    public static readonly DateOnly AsOf = new(2026, 9, 30);

    /// <summary>Reads the sample's CSV files.</summary>
    public static PortfolioDataset Read() => PortfolioReader.Read(RepositoryRoot.Combine("samples", "contoso"));

    /// <summary>The single outcome of <paramref name="ruleId"/> for <paramref name="subjectId"/>.</summary>
    public static RuleOutcome OutcomeOf(AssessmentResult result, string ruleId, string subjectId) =>
        result.Outcomes.Single(outcome => outcome.RuleId == ruleId && outcome.SubjectId == subjectId);

    /// <summary>
    /// Checks the outcomes of <paramref name="ruleId"/>: how many of each status, one per subject and no errors,
    /// and which subjects failed (<paramref name="failing"/>) and which could not be assessed
    /// (<paramref name="notAssessed"/>), each a space-separated list of ids in ordinal order ("" for none).
    /// </summary>
    public static void ShouldMatchTheReadme(
        AssessmentResult result, string ruleId, int passed, int failed, int notApplicable, int notAssessable, string failing, string notAssessed)
    {
        var outcomes = result.Outcomes.Where(outcome => outcome.RuleId == ruleId).ToList();

        CountOf(outcomes, OutcomeStatus.Passed).ShouldBe(passed, ruleId + " passed");
        CountOf(outcomes, OutcomeStatus.Failed).ShouldBe(failed, ruleId + " failed");
        CountOf(outcomes, OutcomeStatus.NotApplicable).ShouldBe(notApplicable, ruleId + " not applicable");
        CountOf(outcomes, OutcomeStatus.NotAssessable).ShouldBe(notAssessable, ruleId + " not assessable");
        outcomes.Count.ShouldBe(passed + failed + notApplicable + notAssessable, ruleId + ": one outcome per subject, no errors");
        IdsOf(outcomes, OutcomeStatus.Failed).ShouldBe(Ids(failing), ruleId + " failing subjects");
        IdsOf(outcomes, OutcomeStatus.NotAssessable).ShouldBe(Ids(notAssessed), ruleId + " not-assessable subjects");
    }

    private static int CountOf(IEnumerable<RuleOutcome> outcomes, OutcomeStatus status) => outcomes.Count(outcome => outcome.Status == status);

    private static string[] IdsOf(IEnumerable<RuleOutcome> outcomes, OutcomeStatus status) =>
        [.. outcomes.Where(outcome => outcome.Status == status).Select(outcome => outcome.SubjectId).Order(StringComparer.Ordinal)];

    private static string[] Ids(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
