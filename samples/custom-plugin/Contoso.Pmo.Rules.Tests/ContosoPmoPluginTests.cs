using PmoAssess.Facts;
using PmoAssess.Plugins;
using PmoAssess.Testing;

namespace Contoso.Pmo.Rules.Tests;

public sealed class ContosoPmoPluginTests
{
    [Fact]
    public void Manifest_ThisHost_IsSupported()
    {
        var manifest = new ContosoPmoPlugin().Manifest;

        Assert.Equal("contoso.pmo", manifest.Id);
        Assert.True(manifest.Supports(PluginApi.Version));
    }

    [Fact]
    public void Register_AsTheHostDoes_AddsTheThreeContosoRules()
    {
        var result = RuleHarness.ForPlugin(new ContosoPmoPlugin()).Given(new Project { Id = "P1" }).Run();

        Assert.Equal(["CON-001", "CON-002", "CON-003"], result.Assessment.Rules.Select(rule => rule.Descriptor.Id));
        Assert.All(result.Assessment.Rules, rule => Assert.Equal("contoso.pmo", rule.Source));
    }

    [Fact]
    public void Register_EveryRule_HasTheWordsAConsultantReadsOut()
    {
        var rules = RuleHarness.ForPlugin(new ContosoPmoPlugin()).Given(new Project { Id = "P1" }).Run().Assessment.Rules;

        Assert.All(rules, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Descriptor.Rationale), rule.Descriptor.Id + " rationale");
            Assert.False(string.IsNullOrWhiteSpace(rule.Descriptor.Remediation), rule.Descriptor.Id + " remediation");
            Assert.NotNull(rule.Descriptor.MaturityLevel);
        });
    }
}
