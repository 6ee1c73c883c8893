using System.Globalization;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Plugins.DeliveryHealth.Rules;
using static PmoAssess.Plugins.DeliveryHealth.Tests.RuleHarness;

namespace PmoAssess.Plugins.DeliveryHealth.Tests.Rules;

public sealed class CostPerformanceOnTrackTests
{
    [Theory]
    [InlineData(LifecycleStage.Execution)]
    [InlineData(LifecycleStage.Closing)]
    public void Assess_CpiOfOne_Passes(LifecycleStage stage)
    {
        var outcome = Assess<CostPerformanceOnTrack>(Project(stage, earned: 185000m, actual: 185000m));

        outcome.Status.ShouldBe(OutcomeStatus.Passed);
        outcome.Message.ShouldBeNull();
        outcome.Evidence.ShouldBe([EvidenceOf("earnedValue", "185000"), EvidenceOf("actualCost", "185000")]);
    }

    [Fact]
    public void Assess_CpiExactlyPointNine_Passes()
    {
        var outcome = Assess<CostPerformanceOnTrack>(Project(LifecycleStage.Execution, earned: 1170000m, actual: 1300000m));

        outcome.Status.ShouldBe(OutcomeStatus.Passed);
        outcome.Evidence.ShouldBe([EvidenceOf("earnedValue", "1170000"), EvidenceOf("actualCost", "1300000")]);
    }

    [Fact]
    public void Assess_CpiJustBelowPointNine_Fails()
    {
        var outcome = Assess<CostPerformanceOnTrack>(Project(LifecycleStage.Execution, earned: 8999m, actual: 10000m));

        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Evidence.ShouldBe([EvidenceOf("earnedValue", "8999"), EvidenceOf("actualCost", "10000")]);
    }

    [Theory]
    [InlineData(LifecycleStage.Execution)]
    [InlineData(LifecycleStage.Closing)]
    public void Assess_CpiWellBelowPointNine_Fails(LifecycleStage stage)
    {
        var outcome = Assess<CostPerformanceOnTrack>(Project(stage, earned: 2700000m, actual: 3750000m));

        outcome.RuleId.ShouldBe("DEL-001");
        outcome.ProjectId.ShouldBe("PRJ-1");
        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Message.ShouldBe("CPI is 0.72, below 0.90.");
        outcome.MissingField.ShouldBeNull();
        outcome.Evidence.ShouldBe([EvidenceOf("earnedValue", "2700000"), EvidenceOf("actualCost", "3750000")]);
    }

    [Fact]
    public void Assess_CpiBelowPointNine_RoundsTheIndexInTheMessage()
    {
        var outcome = Assess<CostPerformanceOnTrack>(Project(LifecycleStage.Execution, earned: 5300000m, actual: 6100000m));

        outcome.Message.ShouldBe("CPI is 0.87, below 0.90.");
    }

    [Fact]
    public void Assess_PlannedValueMissing_StillAssessesCost()
    {
        var outcome = Assess<CostPerformanceOnTrack>(Project(LifecycleStage.Execution, earned: 1000m, actual: 1000m, planned: null));

        outcome.Status.ShouldBe(OutcomeStatus.Passed);
    }

    [Fact]
    public void Assess_EarnedValueMissing_IsNotAssessable()
    {
        var outcome = Assess<CostPerformanceOnTrack>(Project(LifecycleStage.Execution, earned: null, actual: 1000m));

        outcome.Status.ShouldBe(OutcomeStatus.NotAssessable);
        outcome.MissingField.ShouldBe("earnedValue");
        outcome.Message.ShouldBe("No value for 'earnedValue'.");
        outcome.Evidence.ShouldBe([EvidenceOf("earnedValue", null)]);
    }

    [Fact]
    public void Assess_ActualCostMissing_IsNotAssessable()
    {
        var outcome = Assess<CostPerformanceOnTrack>(Project(LifecycleStage.Execution, earned: 1000m, actual: null));

        outcome.Status.ShouldBe(OutcomeStatus.NotAssessable);
        outcome.MissingField.ShouldBe("actualCost");
        outcome.Message.ShouldBe("No value for 'actualCost'.");
        outcome.Evidence.ShouldBe([EvidenceOf("actualCost", null)]);
    }

    [Fact]
    public void Assess_BothValuesMissing_NamesEarnedValueFirst()
    {
        var outcome = Assess<CostPerformanceOnTrack>(Project(LifecycleStage.Execution, earned: null, actual: null));

        outcome.Status.ShouldBe(OutcomeStatus.NotAssessable);
        outcome.MissingField.ShouldBe("earnedValue");
    }

    [Fact]
    public void Assess_ActualCostZero_IsNotAssessable()
    {
        var outcome = Assess<CostPerformanceOnTrack>(Project(LifecycleStage.Execution, earned: 1000m, actual: 0m));

        outcome.Status.ShouldBe(OutcomeStatus.NotAssessable);
        outcome.MissingField.ShouldBe("actualCost");
        outcome.Evidence.ShouldHaveSingleItem().Field.ShouldBe("actualCost");
    }

    [Fact]
    public void Assess_ActualCostZero_EvidenceShowsTheZero()
    {
        var outcome = Assess<CostPerformanceOnTrack>(Project(LifecycleStage.Execution, earned: 1000m, actual: 0m));

        outcome.Evidence.ShouldBe([EvidenceOf("actualCost", "0")]);
    }

    [Fact]
    public void Assess_CpiJustBelowPointNine_MessageShowsAnIndexBelowTheThreshold()
    {
        var outcome = Assess<CostPerformanceOnTrack>(Project(LifecycleStage.Execution, earned: 8999m, actual: 10000m));

        outcome.Message.ShouldNotBeNull().ShouldStartWith("CPI is ");
        var shown = decimal.Parse(outcome.Message.Split(' ')[2].TrimEnd(','), CultureInfo.InvariantCulture);
        shown.ShouldBeLessThan(PerformanceIndexRule.Threshold);
        outcome.Message.ShouldEndWith(", below 0.90.");
    }

    [Theory]
    [InlineData(LifecycleStage.Initiation)]
    [InlineData(LifecycleStage.Planning)]
    [InlineData(LifecycleStage.Closed)]
    public void Assess_OverspentProjectOutsideExecutionOrClosing_IsNotApplicable(LifecycleStage stage)
    {
        var outcome = Assess<CostPerformanceOnTrack>(Project(stage, earned: 500m, actual: 1000m));

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
        outcome.Evidence.ShouldBeEmpty();
    }

    [Fact]
    public void Assess_ProjectWithUnknownStage_IsNotApplicable()
    {
        var outcome = Assess<CostPerformanceOnTrack>(Project(stage: null, earned: 500m, actual: 1000m));

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
    }

    private static Project Project(LifecycleStage? stage, decimal? earned, decimal? actual, decimal? planned = 1000m) => new()
    {
        Id = "PRJ-1",
        Stage = stage,
        EarnedValue = earned,
        ActualCost = actual,
        PlannedValue = planned,
    };
}
