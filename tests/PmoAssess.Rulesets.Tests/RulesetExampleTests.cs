using PmoAssess.Rulesets.Examples;

namespace PmoAssess.Tests.Rulesets;

/// <summary>Every example beside every built-in ruleset, one test case each.</summary>
public sealed class RulesetExampleTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var rulesetFile in BuiltInRulesets.Files.Select(BuiltInRulesets.Relative))
        {
            foreach (var example in RulesetExamples.Load(BuiltInRulesets.ExamplesOf(rulesetFile)))
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
        var found = RulesetExamples.Load(BuiltInRulesets.ExamplesOf(ruleset)).Single(candidate => candidate.Name == example);

        var failure = found.Check(BuiltInRulesets.CatalogOf(ruleset));

        failure.ShouldBeNull(failure);
    }
}
