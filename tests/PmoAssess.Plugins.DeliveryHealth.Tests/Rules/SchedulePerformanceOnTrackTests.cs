using System.Globalization;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Plugins.DeliveryHealth.Rules;
using static PmoAssess.Plugins.DeliveryHealth.Tests.RuleHarness;

namespace PmoAssess.Plugins.DeliveryHealth.Tests.Rules;

public sealed class SchedulePerformanceOnTrackTests
{
    [Theory]
    [InlineData(LifecycleStage.Execution)]
    [InlineData(LifecycleStage.Closing)]
    public void Assess_SpiAboveOne_Passes(LifecycleStage stage)
    {
        var outcome = Assess<SchedulePerformanceOnTrack>(Project(stage, earned: 1030000m, planned: 1020000m));

        outcome.Status.ShouldBe(OutcomeStatus.Passed);
        outcome.Message.ShouldBeNull();
        outcome.Evidence.ShouldBe([EvidenceOf("earnedValue", "1030000"), EvidenceOf("plannedValue", "1020000")]);
    }

    [Fact]
    public void Assess_SpiExactlyPointNine_Passes()
    {
        var outcome = Assess<SchedulePerformanceOnTrack>(Project(LifecycleStage.Execution, earned: 900m, planned: 1000m));

        outcome.Status.ShouldBe(OutcomeStatus.Passed);
        outcome.Evidence.ShouldBe([EvidenceOf("earnedValue", "900"), EvidenceOf("plannedValue", "1000")]);
    }

    [Fact]
    public void Assess_SpiJustBelowPointNine_Fails()
    {
        var outcome = Assess<SchedulePerformanceOnTrack>(Project(LifecycleStage.Execution, earned: 8999m, planned: 10000m));

        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Evidence.ShouldBe([EvidenceOf("earnedValue", "8999"), EvidenceOf("plannedValue", "10000")]);
    }

    [Theory]
    [InlineData(LifecycleStage.Execution)]
    [InlineData(LifecycleStage.Closing)]
    public void Assess_SpiWellBelowPointNine_Fails(LifecycleStage stage)
    {
        var outcome = Assess<SchedulePerformanceOnTrack>(Project(stage, earned: 1680000m, planned: 2050000m));

        outcome.RuleId.ShouldBe("DEL-002");
        outcome.ProjectId.ShouldBe("PRJ-1");
        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Message.ShouldBe("SPI is 0.82, below 0.90.");
        outcome.MissingField.ShouldBeNull();
        outcome.Evidence.ShouldBe([EvidenceOf("earnedValue", "1680000"), EvidenceOf("plannedValue", "2050000")]);
    }

    [Fact]
    public void Assess_ActualCostMissing_StillAssessesSchedule()
    {
        var outcome = Assess<SchedulePerformanceOnTrack>(Project(LifecycleStage.Execution, earned: 1000m, planned: 1000m, actual: null));

        outcome.Status.ShouldBe(OutcomeStatus.Passed);
    }

    [Fact]
    public void Assess_EarnedValueMissing_IsNotAssessable()
    {
        var outcome = Assess<SchedulePerformanceOnTrack>(Project(LifecycleStage.Execution, earned: null, planned: 1000m));

        outcome.Status.ShouldBe(OutcomeStatus.NotAssessable);
        outcome.MissingField.ShouldBe("earnedValue");
        outcome.Message.ShouldBe("No value for 'earnedValue'.");
        outcome.Evidence.ShouldBe([EvidenceOf("earnedValue", null)]);
    }

    [Fact]
    public void Assess_PlannedValueMissing_IsNotAssessable()
    {
        var outcome = Assess<SchedulePerformanceOnTrack>(Project(LifecycleStage.Execution, earned: 1000m, planned: null));

        outcome.Status.ShouldBe(OutcomeStatus.NotAssessable);
        outcome.MissingField.ShouldBe("plannedValue");
        outcome.Message.ShouldBe("No value for 'plannedValue'.");
        outcome.Evidence.ShouldBe([EvidenceOf("plannedValue", null)]);
    }

    [Fact]
    public void Assess_PlannedValueZero_IsNotAssessable()
    {
        var outcome = Assess<SchedulePerformanceOnTrack>(Project(LifecycleStage.Execution, earned: 1000m, planned: 0m));

        outcome.Status.ShouldBe(OutcomeStatus.NotAssessable);
        outcome.MissingField.ShouldBe("plannedValue");
    }

    [Fact]
    public void Assess_PlannedValueZero_EvidenceShowsTheZero()
    {
        var outcome = Assess<SchedulePerformanceOnTrack>(Project(LifecycleStage.Execution, earned: 1000m, planned: 0m));

        outcome.Evidence.ShouldBe([EvidenceOf("plannedValue", "0")]);
    }

    [Fact]
    public void Assess_SpiJustBelowPointNine_MessageShowsAnIndexBelowTheThreshold()
    {
        var outcome = Assess<SchedulePerformanceOnTrack>(Project(LifecycleStage.Execution, earned: 8999m, planned: 10000m));

        outcome.Message.ShouldNotBeNull().ShouldStartWith("SPI is ");
        var shown = decimal.Parse(outcome.Message.Split(' ')[2].TrimEnd(','), CultureInfo.InvariantCulture);
        shown.ShouldBeLessThan(PerformanceIndexRule.Threshold);
        outcome.Message.ShouldEndWith(", below 0.90.");
    }

    [Theory]
    [InlineData(LifecycleStage.Initiation)]
    [InlineData(LifecycleStage.Planning)]
    [InlineData(LifecycleStage.Closed)]
    public void Assess_LateProjectOutsideExecutionOrClosing_IsNotApplicable(LifecycleStage stage)
    {
        var outcome = Assess<SchedulePerformanceOnTrack>(Project(stage, earned: 500m, planned: 1000m));

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
        outcome.Evidence.ShouldBeEmpty();
    }

    [Fact]
    public void Assess_ProjectWithUnknownStage_IsNotApplicable()
    {
        var outcome = Assess<SchedulePerformanceOnTrack>(Project(stage: null, earned: 500m, planned: 1000m));

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
    }

    private static Project Project(LifecycleStage? stage, decimal? earned, decimal? planned, decimal? actual = 1000m) => new()
    {
        Id = "PRJ-1",
        Stage = stage,
        EarnedValue = earned,
        PlannedValue = planned,
        ActualCost = actual,
    };
}
