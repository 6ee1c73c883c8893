using PmoAssess.Import;
using PmoAssess.Plugins;
using PmoAssess.Scoring;
using PmoAssess.Testing;

namespace Contoso.Pmo.Rules.Tests;

/// <summary>Contoso's methodology, as the host loads it from beside the plugin, scoring Contoso's own rules.</summary>
public sealed class ContosoMethodologyTests
{
    private static string MethodologyFile() =>
        PluginRegistration.Register(new ContosoPmoPlugin(), typeof(ContosoPmoPlugin).Assembly.Location).MethodologyFiles.Single();

    [Fact]
    public void Register_AddsTheMethodologyShippedBesideTheAssembly()
    {
        var methodology = MethodologyLoader.Load(MethodologyFile());

        Assert.Equal("contoso-pmo", methodology.Id);
        Assert.Equal(["decisions", "delivery", "risk"], methodology.Categories.Select(category => category.Id));
    }

    [Fact]
    public void Score_ContosoRulesOnTheSample_GivesTheLevelsWorkedOutByHand()
    {
        // CON-001 (decisions, level 2): 18 of 18 pass, met. CON-002 (risk, level 2): 16 of 16, met.
        // CON-003 (delivery, level 2): 49 of 54 pass, 90.7%, below Contoso's 95%: delivery stays at level 1.
        var result = RuleHarness.ForPlugin(new ContosoPmoPlugin()).AsOf(new DateOnly(2026, 9, 30)).Given(PortfolioReader.Read(ContosoSampleTests.SampleFolder())).Run();

        var maturity = MaturityScorer.Score(result.Assessment, MethodologyLoader.Load(MethodologyFile()));

        Assert.Equal([("decisions", (int?)2), ("delivery", 1), ("risk", 2)], maturity.Categories.Select(category => (category.Category.Id, category.Level)));
        Assert.Equal(1.7m, maturity.Overall);
        Assert.Equal(["CON-003"], maturity.Categories[1].Blockers.Select(rule => rule.Rule.Id));
    }
}
