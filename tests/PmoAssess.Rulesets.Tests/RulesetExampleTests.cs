using PmoAssess.Rulesets.Examples;

namespace PmoAssess.Tests.Rulesets;

/// <summary>Every example beside every built-in and sample ruleset, one test case each.</summary>
public sealed class RulesetExampleTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var rulesetFile in RulesetsWithExamples.Files)
        {
            foreach (var example in RulesetExamples.Load(RulesetsWithExamples.ExamplesOf(rulesetFile)))
            {
                data.Add(rulesetFile, example.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_RunOnItsRuleset_GivesTheExpectedOutcomes(string ruleset, string example)
    {
        var found = RulesetExamples.Load(RulesetsWithExamples.ExamplesOf(ruleset)).Single(candidate => candidate.Name == example);

        var failure = found.Check(RulesetsWithExamples.CatalogOf(ruleset));

        failure.ShouldBeNull(failure);
    }
}
