using PmoAssess.Outcomes;
using PmoAssess.Rulesets.Examples;

namespace PmoAssess.Tests.Rulesets;

/// <summary>What every built-in (and sample) ruleset promises its readers: complete descriptions and examples that exercise every rule.</summary>
public sealed class BuiltInRulesetTests
{
    [Fact]
    public void Load_AllBuiltInRulesets_CompilesAtLeastFortyRules()
    {
        BuiltInRulesets.Rulesets.Count.ShouldBe(BuiltInRulesets.Files.Count);
        BuiltInRulesets.Rulesets.Sum(ruleset => ruleset.Rules.Count).ShouldBeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public void Rules_EachOne_HasEverythingAConsultantReadsOut()
    {
        foreach (var rule in RulesetsWithExamples.Files.Select(RulesetsWithExamples.RulesetOf).SelectMany(ruleset => ruleset.Rules))
        {
            rule.Description.ShouldNotBeNullOrWhiteSpace(rule.Id);
            rule.Rationale.ShouldNotBeNullOrWhiteSpace(rule.Id);
            rule.Remediation.ShouldNotBeNullOrWhiteSpace(rule.Id);
            rule.MaturityLevel.ShouldNotBeNull(rule.Id);
            rule.Tags.ShouldNotBeEmpty(rule.Id);
        }
    }

    [Fact]
    public void Examples_OfEachRuleset_MakeEveryRuleBothPassAndFail()
    {
        foreach (var rulesetFile in RulesetsWithExamples.Files)
        {
            var expected = RulesetExamples.Load(RulesetsWithExamples.ExamplesOf(rulesetFile)).SelectMany(example => example.Expected).ToList();
            foreach (var rule in RulesetsWithExamples.CatalogOf(rulesetFile).Rules.Select(rule => rule.Descriptor.Id))
            {
                expected.ShouldContain(outcome => outcome.Rule == rule && outcome.Status == OutcomeStatus.Passed, rulesetFile + " " + rule + " never passes");
                expected.ShouldContain(outcome => outcome.Rule == rule && outcome.Status == OutcomeStatus.Failed, rulesetFile + " " + rule + " never fails");
            }
        }
    }
}
