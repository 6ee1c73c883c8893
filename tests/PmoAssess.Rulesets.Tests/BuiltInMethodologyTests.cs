using PmoAssess.Scoring;

namespace PmoAssess.Tests.Rulesets;

/// <summary>The methodologies shipped in rulesets/methodologies/ load, and score every built-in ruleset rule.</summary>
public sealed class BuiltInMethodologyTests
{
    public static TheoryData<string> Ids() => ["pmo-functions", "p3m3", "kerzner"];

    private static Methodology Load(string id) => MethodologyLoader.Find(id, Path.Combine(BuiltInRulesets.Folder, "methodologies"));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Methodology_EveryBuiltInRule_HasAPlaceInIt(string id)
    {
        var methodology = Load(id);

        var unplaced = BuiltInRulesets.Rulesets.SelectMany(ruleset => ruleset.Rules).Where(rule => methodology.Place(rule) is null).Select(rule => rule.Id);

        unplaced.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Methodology_FiveLevelsAndQuestionsForWhatDataCannotShow(string id)
    {
        var methodology = Load(id);

        methodology.Levels.Select(level => level.Level).ShouldBe([1, 2, 3, 4, 5]);
        methodology.Questions.Count.ShouldBeGreaterThanOrEqualTo(5);
        QuestionRules.For(methodology).Rules.Count.ShouldBe(methodology.Questions.Count(question => question.IsScored));
    }

    [Fact]
    public void P3m3_CarriesTheTradeMarkNotice() =>
        Load("p3m3").Notice.ShouldNotBeNull().ShouldContain("trade mark");

    [Fact]
    public void PmoFunctions_GradesTheFiveFunctionsOfAPmo() =>
        Load("pmo-functions").Categories.Select(category => category.Id).ShouldBe(["governance", "transparency", "reusability", "delivery-support", "traceability"]);

    [Fact]
    public void P3m3_GradesTheSevenPerspectives() =>
        Load("p3m3").Categories.Select(category => category.Id).ShouldBe(
        [
            "organisational-governance", "management-control", "benefits-management", "risk-management", "stakeholder-management",
            "finance-management", "resource-management",
        ]);
}
