using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Policy;

namespace PmoAssess.Tests.Engine.Policy;

public sealed class GateTests
{
    private static Finding Finding(Severity severity) => new()
    {
        Rule = new RuleDescriptor { Id = "R", Title = "R", Severity = severity, Category = "c", AppliesTo = EntityKind.Project },
        Outcome = new RuleOutcome { RuleId = "R", SubjectKind = EntityKind.Project, SubjectId = "P", Status = OutcomeStatus.Failed },
        Severity = severity,
    };

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(PmoType.Supportive, null, null)]
    [InlineData(PmoType.Controlling, null, Severity.High)]
    [InlineData(PmoType.Directive, null, Severity.Medium)]
    [InlineData(PmoType.Supportive, Severity.Low, Severity.Low)]
    [InlineData(PmoType.Directive, Severity.Critical, Severity.Critical)]
    public void For_ExplicitThresholdOrPmoType_SetsWhatFails(PmoType? type, Severity? failOn, Severity? expected) =>
        Gate.For(failOn, type).FailOn.ShouldBe(expected);

    [Fact]
    public void For_Explanation_SaysWhyInWords()
    {
        Gate.For(null, PmoType.Controlling).Explanation.ShouldBe("fails on high findings and above (controlling PMO)");
        Gate.For(null, PmoType.Supportive).Explanation.ShouldBe("a supportive PMO gives advice: no finding fails the gate");
        Gate.For(Severity.Medium, PmoType.Supportive).Explanation.ShouldBe("fails on medium findings and above (--fail-on)");
    }

    [Theory]
    [InlineData(Severity.Medium, false)]
    [InlineData(Severity.High, true)]
    [InlineData(Severity.Critical, true)]
    public void FailedBy_FindingAtOrAboveTheThreshold_Fails(Severity worst, bool fails) =>
        Gate.For(null, PmoType.Controlling).FailedBy([Finding(Severity.Low), Finding(worst)]).ShouldBe(fails);
}
