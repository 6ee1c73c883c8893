using System.Globalization;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Plugins.DeliveryHealth.Rules;
using static PmoAssess.Plugins.DeliveryHealth.Tests.RuleHarness;

namespace PmoAssess.Plugins.DeliveryHealth.Tests.Rules;

/// <summary>
/// DEL-001 (CPI, earned value over actual cost) and DEL-002 (SPI, earned value over planned value): one
/// <see cref="PerformanceIndexRule"/> with two denominators, so each case runs for both, named by its index.
/// Where a row gives figures they are that rule's own; a case that concerns only one rule is a fact named after its index.
/// </summary>
public sealed class PerformanceIndexRuleTests
{
    /// <summary>For the cases that use the same figures for both rules.</summary>
    public static TheoryData<string> Indexes() => ["CPI", "SPI"];

    [Theory]
    [InlineData("CPI", LifecycleStage.Execution, 185000, 185000)]
    [InlineData("CPI", LifecycleStage.Closing, 185000, 185000)]
    [InlineData("SPI", LifecycleStage.Execution, 1030000, 1020000)]
    [InlineData("SPI", LifecycleStage.Closing, 1030000, 1020000)]
    public void Assess_IndexOfOneOrMore_Passes(string index, LifecycleStage stage, int earned, int denominator)
    {
        var outcome = Assess(index, stage, earned, denominator);

        outcome.Status.ShouldBe(OutcomeStatus.Passed);
        outcome.Message.ShouldBeNull();
        outcome.Evidence.ShouldBe([EvidenceOf("earnedValue", Text(earned)), EvidenceOf(DenominatorField(index), Text(denominator))]);
    }

    [Theory]
    [InlineData("CPI", 1170000, 1300000)]
    [InlineData("SPI", 900, 1000)]
    public void Assess_IndexExactlyPointNine_Passes(string index, int earned, int denominator)
    {
        var outcome = Assess(index, LifecycleStage.Execution, earned, denominator);

        outcome.Status.ShouldBe(OutcomeStatus.Passed);
        outcome.Evidence.ShouldBe([EvidenceOf("earnedValue", Text(earned)), EvidenceOf(DenominatorField(index), Text(denominator))]);
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Assess_IndexJustBelowPointNine_Fails(string index)
    {
        var outcome = Assess(index, LifecycleStage.Execution, earned: 8999m, denominator: 10000m);

        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Evidence.ShouldBe([EvidenceOf("earnedValue", "8999"), EvidenceOf(DenominatorField(index), "10000")]);
    }

    [Theory]
    [InlineData("CPI", LifecycleStage.Execution, 2700000, 3750000, "DEL-001", "CPI is 0.72, below 0.90.")]
    [InlineData("CPI", LifecycleStage.Closing, 2700000, 3750000, "DEL-001", "CPI is 0.72, below 0.90.")]
    [InlineData("SPI", LifecycleStage.Execution, 1680000, 2050000, "DEL-002", "SPI is 0.82, below 0.90.")]
    [InlineData("SPI", LifecycleStage.Closing, 1680000, 2050000, "DEL-002", "SPI is 0.82, below 0.90.")]
    public void Assess_IndexWellBelowPointNine_Fails(string index, LifecycleStage stage, int earned, int denominator, string ruleId, string message)
    {
        var outcome = Assess(index, stage, earned, denominator);

        outcome.RuleId.ShouldBe(ruleId);
        outcome.ProjectId.ShouldBe("PRJ-1");
        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Message.ShouldBe(message);
        outcome.MissingField.ShouldBeNull();
        outcome.Evidence.ShouldBe([EvidenceOf("earnedValue", Text(earned)), EvidenceOf(DenominatorField(index), Text(denominator))]);
    }

    [Fact]
    public void Assess_CpiBelowPointNine_RoundsTheIndexInTheMessage()
    {
        var outcome = Assess("CPI", LifecycleStage.Execution, earned: 5300000m, denominator: 6100000m);

        outcome.Message.ShouldBe("CPI is 0.87, below 0.90.");
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Assess_IndexJustBelowPointNine_MessageShowsAnIndexBelowTheThreshold(string index)
    {
        var outcome = Assess(index, LifecycleStage.Execution, earned: 8999m, denominator: 10000m);

        outcome.Message.ShouldNotBeNull().ShouldStartWith(index + " is ");
        var shown = decimal.Parse(outcome.Message.Split(' ')[2].TrimEnd(','), CultureInfo.InvariantCulture);
        shown.ShouldBeLessThan(PerformanceIndexRule.Threshold);
        outcome.Message.ShouldEndWith(", below 0.90.");
    }

    /// <summary>CPI does not need planned value, nor SPI actual cost.</summary>
    [Theory]
    [MemberData(nameof(Indexes))]
    public void Assess_OtherIndexDenominatorMissing_StillAssesses(string index)
    {
        var outcome = Assess(index, LifecycleStage.Execution, earned: 1000m, denominator: 1000m, otherDenominator: null);

        outcome.Status.ShouldBe(OutcomeStatus.Passed);
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Assess_EarnedValueMissing_IsNotAssessable(string index)
    {
        var outcome = Assess(index, LifecycleStage.Execution, earned: null, denominator: 1000m);

        outcome.Status.ShouldBe(OutcomeStatus.NotAssessable);
        outcome.MissingField.ShouldBe("earnedValue");
        outcome.Message.ShouldBe("No value for 'earnedValue'.");
        outcome.Evidence.ShouldBe([EvidenceOf("earnedValue", null)]);
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Assess_DenominatorMissing_IsNotAssessable(string index)
    {
        var outcome = Assess(index, LifecycleStage.Execution, earned: 1000m, denominator: null);

        outcome.Status.ShouldBe(OutcomeStatus.NotAssessable);
        outcome.MissingField.ShouldBe(DenominatorField(index));
        outcome.Message.ShouldBe($"No value for '{DenominatorField(index)}'.");
        outcome.Evidence.ShouldBe([EvidenceOf(DenominatorField(index), null)]);
    }

    [Fact]
    public void Assess_CpiBothValuesMissing_NamesEarnedValueFirst()
    {
        var outcome = Assess("CPI", LifecycleStage.Execution, earned: null, denominator: null);

        outcome.Status.ShouldBe(OutcomeStatus.NotAssessable);
        outcome.MissingField.ShouldBe("earnedValue");
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Assess_DenominatorZero_IsNotAssessable(string index)
    {
        var outcome = Assess(index, LifecycleStage.Execution, earned: 1000m, denominator: 0m);

        outcome.Status.ShouldBe(OutcomeStatus.NotAssessable);
        outcome.MissingField.ShouldBe(DenominatorField(index));
        outcome.Evidence.ShouldHaveSingleItem().Field.ShouldBe(DenominatorField(index));
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Assess_DenominatorZero_EvidenceShowsTheZero(string index)
    {
        var outcome = Assess(index, LifecycleStage.Execution, earned: 1000m, denominator: 0m);

        outcome.Evidence.ShouldBe([EvidenceOf(DenominatorField(index), "0")]);
    }

    [Theory]
    [InlineData("CPI", LifecycleStage.Initiation)]
    [InlineData("CPI", LifecycleStage.Planning)]
    [InlineData("CPI", LifecycleStage.Closed)]
    [InlineData("SPI", LifecycleStage.Initiation)]
    [InlineData("SPI", LifecycleStage.Planning)]
    [InlineData("SPI", LifecycleStage.Closed)]
    public void Assess_IndexBelowPointNineOutsideExecutionOrClosing_IsNotApplicable(string index, LifecycleStage stage)
    {
        var outcome = Assess(index, stage, earned: 500m, denominator: 1000m);

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
        outcome.Evidence.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Assess_ProjectWithUnknownStage_IsNotApplicable(string index)
    {
        var outcome = Assess(index, stage: null, earned: 500m, denominator: 1000m);

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
    }

    /// <summary>
    /// The outcome of the rule for <paramref name="index"/> on project PRJ-1, whose denominator for that index is
    /// <paramref name="denominator"/> and for the other index <paramref name="otherDenominator"/>.
    /// </summary>
    private static RuleOutcome Assess(string index, LifecycleStage? stage, decimal? earned, decimal? denominator, decimal? otherDenominator = 1000m)
    {
        var cpi = index == "CPI";
        var project = new Project
        {
            Id = "PRJ-1",
            Stage = stage,
            EarnedValue = earned,
            ActualCost = cpi ? denominator : otherDenominator,
            PlannedValue = cpi ? otherDenominator : denominator,
        };
        return index switch
        {
            "CPI" => Assess<CostPerformanceOnTrack>(project),
            "SPI" => Assess<SchedulePerformanceOnTrack>(project),
            _ => throw new ArgumentOutOfRangeException(nameof(index), index, "Expected CPI or SPI."),
        };
    }

    private static string DenominatorField(string index) => index == "CPI" ? "actualCost" : "plannedValue";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
