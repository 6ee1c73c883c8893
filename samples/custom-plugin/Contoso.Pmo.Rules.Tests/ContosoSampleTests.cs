using PmoAssess.Import;
using PmoAssess.Outcomes;
using PmoAssess.Testing;

namespace Contoso.Pmo.Rules.Tests;

/// <summary>
/// Contoso's rules over the Contoso sample (samples/contoso) as of 2026-09-30. The expected counts were
/// worked out from the CSV files by hand and are kept as literals; samples/custom-plugin/README.md quotes them.
/// </summary>
public sealed class ContosoSampleTests
{
    private static readonly Lazy<RuleScenarioResult> Contoso = new(() => RuleHarness.ForPlugin(new ContosoPmoPlugin())
        .AsOf(new DateOnly(2026, 9, 30))
        .Given(PortfolioReader.Read(SampleFolder()))
        .Run());

    [Theory]
    [InlineData("CON-001", 18, 0, 16, 0)]
    [InlineData("CON-002", 16, 0, 18, 0)]
    [InlineData("CON-003", 49, 5, 62, 0)]
    public void Run_ContosoAsOf20260930_GivesTheCountsInTheReadme(string ruleId, int passed, int failed, int notApplicable, int notAssessable)
    {
        var outcomes = Contoso.Value.OutcomesOf(ruleId);

        Assert.Equal(passed, outcomes.Count(outcome => outcome.Status == OutcomeStatus.Passed));
        Assert.Equal(failed, outcomes.Count(outcome => outcome.Status == OutcomeStatus.Failed));
        Assert.Equal(notApplicable, outcomes.Count(outcome => outcome.Status == OutcomeStatus.NotApplicable));
        Assert.Equal(notAssessable, outcomes.Count(outcome => outcome.Status == OutcomeStatus.NotAssessable));
        Assert.Equal(passed + failed + notApplicable + notAssessable, outcomes.Count);
    }

    [Theory]
    [InlineData("MS-010", "The milestone was due on 2026-08-06 and is 55 days overdue; the forecast is 2026-11-08.")]
    [InlineData("MS-030", "The milestone was due on 2026-09-17 and is 13 days overdue; the forecast is 2026-10-02.")]
    [InlineData("MS-066", "The milestone was due on 2026-09-25 and is 5 days overdue; the forecast is 2026-10-09.")]
    [InlineData("MS-080", "The milestone was due on 2025-11-14 and is 320 days overdue; the forecast is 2025-11-14.")]
    [InlineData("MS-092", "The milestone was due on 2026-08-28 and is 33 days overdue; the forecast is 2026-10-30.")]
    public void Run_ContosoAsOf20260930_FlagsTheOverdueMilestones(string milestoneId, string message)
    {
        var outcome = Contoso.Value.ShouldFail("CON-003", milestoneId, message);

        Assert.Equal("milestones.csv", outcome.Evidence[0].File);
    }

    internal static string SampleFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var sample = Path.Combine(folder.FullName, "samples", "contoso");
            if (Directory.Exists(sample))
            {
                return sample;
            }
        }

        throw new DirectoryNotFoundException("samples/contoso not found above " + AppContext.BaseDirectory);
    }
}
