using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Plugins;
using PmoAssess.Rules;

namespace PmoAssess.Tests.PluginHost;

/// <summary>Rules from real plugins, through RuleCatalogBuilder and AssessmentRunner as the CLI runs them.</summary>
public sealed class PluginRuleAssessmentTests
{
    private static readonly DateOnly AsOf = new(2026, 9, 30);

    // P-1 has everything; P-2 has no manager; P-3 has no name or sponsor; ThrowingRulePlugin's rule throws on P-THROW.
    private static PortfolioDataset Dataset() => new()
    {
        Projects =
        [
            new Project { Id = "P-1", Name = "Alpha", Manager = "Ann", Sponsor = "Sam" },
            new Project { Id = "P-2", Name = "Beta", Sponsor = "Sam" },
            new Project { Id = "P-3", Manager = "Cy" },
            new Project { Id = "P-THROW", Name = "Thrower", Manager = "Dee", Sponsor = "Sam" },
        ],
    };

    [Fact]
    public void Run_GoodPluginRule_PassesProjectsWithAManagerAndFailsTheOthers()
    {
        var result = AssessmentRunner.Run(Dataset(), Catalog(FixturePlugins.Load(FixturePlugins.Good)), AsOf);

        Statuses(result, "FIX-GOOD-001").ShouldBe(
        [
            ("P-1", OutcomeStatus.Passed),
            ("P-2", OutcomeStatus.Failed),
            ("P-3", OutcomeStatus.Passed),
            ("P-THROW", OutcomeStatus.Passed),
        ]);
        var finding = result.Findings.ShouldHaveSingleItem();
        finding.Outcome.SubjectId.ShouldBe("P-2");
        finding.Outcome.Message.ShouldBe("The project has no manager.");
        result.Rules.ShouldHaveSingleItem().Source.ShouldBe("fixtures.good");
    }

    [Fact]
    public void Run_GoodPluginRulesPasses_GiveTheirEvidenceWhenRead()
    {
        var result = AssessmentRunner.Run(Dataset(), Catalog(FixturePlugins.Load(FixturePlugins.Good)), AsOf);

        // A plain pass keeps no evidence: reading it asks the plugin's rule again, a rule from the plugin's own load context.
        result.Outcomes.Where(outcome => outcome.RuleId == "FIX-GOOD-001" && outcome.Status == OutcomeStatus.Passed)
            .Select(outcome => (outcome.SubjectId, outcome.Evidence.ShouldHaveSingleItem()))
            .ShouldBe(
            [
                ("P-1", new Evidence { Field = "manager", Value = "Ann" }),
                ("P-3", new Evidence { Field = "manager", Value = "Cy" }),
                ("P-THROW", new Evidence { Field = "manager", Value = "Dee" }),
            ]);
    }

    [Fact]
    public void Run_RuleThatThrowsOnOneProject_GivesAnErrorForThatRuleAndProjectOnlyAndOtherPluginsRulesAreUnaffected()
    {
        var catalog = Catalog(FixturePlugins.Load(FixturePlugins.Good), FixturePlugins.Load(FixturePlugins.ThrowingRule));

        var result = AssessmentRunner.Run(Dataset(), catalog, AsOf);

        Statuses(result, "FIX-THROW-001").ShouldBe(
        [
            ("P-1", OutcomeStatus.Passed),
            ("P-2", OutcomeStatus.Passed),
            ("P-3", OutcomeStatus.Failed),
            ("P-THROW", OutcomeStatus.Error),
        ]);
        result.Outcomes.Single(outcome => outcome.Status == OutcomeStatus.Error).Message
            .ShouldBe("The rule threw InvalidOperationException: The fixture rule throws on P-THROW.");
        Statuses(result, "FIX-GOOD-001").ShouldBe(
        [
            ("P-1", OutcomeStatus.Passed),
            ("P-2", OutcomeStatus.Failed),
            ("P-3", OutcomeStatus.Passed),
            ("P-THROW", OutcomeStatus.Passed),
        ]);
        result.Findings.Select(finding => (finding.Rule.Id, finding.Outcome.SubjectId)).ShouldBe([("FIX-GOOD-001", "P-2"), ("FIX-THROW-001", "P-3")]);
    }

    [Fact]
    public void Run_PluginShippingPrivateNRules_AssessesEveryProjectWithItsRule()
    {
        var result = AssessmentRunner.Run(Dataset(), Catalog(FixturePlugins.Load(FixturePlugins.PrivateNRules)), AsOf);

        Statuses(result, "FIX-PRIVATE-001").ShouldBe(
        [
            ("P-1", OutcomeStatus.Passed),
            ("P-2", OutcomeStatus.Passed),
            ("P-3", OutcomeStatus.Failed),
            ("P-THROW", OutcomeStatus.Passed),
        ]);
    }

    [Fact]
    public void Add_ClashingPluginAfterGoodPlugin_ThrowsNamingTheIdAndBothSourcesAndKeepsTheGoodRules()
    {
        var good = FixturePlugins.Load(FixturePlugins.Good);
        var clashing = FixturePlugins.Load(FixturePlugins.Clashing);
        var builder = new RuleCatalogBuilder().Add(good.RuleTypes, good.Manifest.Id);

        var exception = Should.Throw<InvalidRuleException>(() => builder.Add(clashing.RuleTypes, clashing.Manifest.Id));

        exception.Message.ShouldBe(
            "Two rules share an id; rule ids must be unique across all plugins and rulesets. " +
            "Rule=FIX-GOOD-001, Source=fixtures.clashing, OtherSource=fixtures.good");
        // The clashing plugin was refused whole; the catalog still builds from the good one.
        var catalog = builder.Build();
        catalog.Rules.Select(rule => (rule.Descriptor.Id, rule.Descriptor.Title, rule.Source))
            .ShouldBe([("FIX-GOOD-001", "Projects have a manager", "fixtures.good")]);
    }

    private static RuleCatalog Catalog(params LoadedPlugin[] plugins)
    {
        var builder = new RuleCatalogBuilder();
        foreach (var plugin in plugins)
        {
            builder.Add(plugin.RuleTypes, plugin.Manifest.Id);
        }

        return builder.Build();
    }

    private static List<(string SubjectId, OutcomeStatus Status)> Statuses(AssessmentResult result, string ruleId) =>
        [.. result.Outcomes.Where(outcome => outcome.RuleId == ruleId).Select(outcome => (outcome.SubjectId, outcome.Status))];
}
