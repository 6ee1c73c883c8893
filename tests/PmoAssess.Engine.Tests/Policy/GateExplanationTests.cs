using PmoAssess.Outcomes;
using PmoAssess.Policy;

namespace PmoAssess.Tests.Engine.Policy;

public sealed class GateExplanationTests
{
    private static EffectivePolicy Policy(GateSettings gate, PmoType? pmoType = null, Severity? failOn = null) =>
        new(new PolicyFile { File = "pmoassess.yaml", Gate = gate, PmoType = pmoType }, failOn, pmoTypeFromCommandLine: null, pmoTypeAnswered: null);

    [Fact]
    public void Of_SeverityThresholdAlone_IsTheThresholdsExplanation() =>
        GateExplanation.Of(Policy(new GateSettings(), PmoType.Controlling)).ShouldBe("fails on high findings and above (controlling PMO)");

    [Fact]
    public void Of_NoCondition_SaysNothingFails() =>
        GateExplanation.Of(EffectivePolicy.Default).ShouldBe("none: no finding fails the run (set --fail-on or --pmo-type)");

    [Fact]
    public void Of_ThresholdAndEveryOtherCondition_NamesEachAsPolicyApplicationChecksIt()
    {
        var gate = new GateSettings
        {
            FailOn = Severity.Critical,
            MaxFindings = 20,
            MinCoverage = 0.8m,
            MinLevel = new Dictionary<string, int> { ["risk"] = 2, ["governance"] = 3 },
        };

        GateExplanation.Of(Policy(gate)).ShouldBe(
            "fails on critical findings and above (policy file pmoassess.yaml); fails on more than 20 findings, when a rule passes for less " +
            "than 80% of its subjects, when governance is below maturity level 3 or when risk is below maturity level 2 (policy file pmoassess.yaml)");
    }

    [Fact]
    public void Of_LevelFloorUnderASupportivePmo_SaysNoSeverityFailsItAndWhy() =>
        GateExplanation.Of(Policy(new GateSettings { MinLevel = new Dictionary<string, int> { ["governance"] = 4 } }, PmoType.Supportive)).ShouldBe(
            "fails when governance is below maturity level 4 (policy file pmoassess.yaml); no finding fails it by its severity alone (a supportive PMO gives advice)");

    [Fact]
    public void Of_FailOnFromTheCommandLine_NamesItBesideThePolicyFilesConditions() =>
        GateExplanation.Of(Policy(new GateSettings { MaxFindings = 0 }, failOn: Severity.Low)).ShouldBe(
            "fails on low findings and above (--fail-on); fails on more than 0 findings (policy file pmoassess.yaml)");
}
