using PmoAssess.Facts;
using PmoAssess.Testing;

namespace Contoso.Pmo.Rules.Tests;

public sealed class MilestoneIsNotOverdueTests
{
    private static readonly DateOnly AsOf = new(2026, 9, 30);

    [Fact]
    public void Assess_OutstandingMilestoneDueToday_Passes()
    {
        Run(new Milestone { Id = "M1", ProjectId = "P1", BaselineDate = AsOf }).ShouldPass("CON-003", "M1");
    }

    [Fact]
    public void Assess_OutstandingMilestonePastBaseline_FailsWithDaysOverdueAndForecast()
    {
        var milestone = new Milestone { Id = "M1", ProjectId = "P1", BaselineDate = new DateOnly(2026, 8, 6), ForecastDate = new DateOnly(2026, 11, 8) };

        var outcome = Run(milestone).ShouldFail("CON-003", "M1", "The milestone was due on 2026-08-06 and is 55 days overdue; the forecast is 2026-11-08.");

        Assert.Equal("P1", outcome.ProjectId);
    }

    [Fact]
    public void Assess_OutstandingMilestoneOneDayLate_SaysOneDay()
    {
        Run(new Milestone { Id = "M1", ProjectId = "P1", BaselineDate = AsOf.AddDays(-1) })
            .ShouldFail("CON-003", "M1", "is 1 day overdue.");
    }

    [Fact]
    public void Assess_OutstandingMilestoneWithoutBaseline_IsNotAssessable()
    {
        Run(new Milestone { Id = "M1", ProjectId = "P1", ForecastDate = AsOf }).ShouldBeNotAssessable("CON-003", "M1", "baselineDate");
    }

    [Fact]
    public void Assess_ReachedMilestone_IsNotApplicable()
    {
        var reachedLate = new Milestone { Id = "M1", ProjectId = "P1", BaselineDate = new DateOnly(2026, 1, 18), ActualDate = new DateOnly(2026, 1, 24) };

        Run(reachedLate).ShouldBeNotApplicable("CON-003", "M1");
    }

    private static RuleScenarioResult Run(Milestone milestone) =>
        RuleHarness.For<MilestoneIsNotOverdue>()
            .AsOf(AsOf)
            .Given(new Project { Id = "P1", Stage = LifecycleStage.Execution, Milestones = [milestone] })
            .Run();
}
