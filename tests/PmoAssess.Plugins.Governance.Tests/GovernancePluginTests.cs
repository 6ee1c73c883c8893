using PmoAssess.Rules;

namespace PmoAssess.Plugins.Governance.Tests;

public sealed class GovernancePluginTests
{
    [Fact]
    public void Register_IntoCatalogBuilder_AddsTheSixBuiltInRules()
    {
        var plugin = new GovernancePlugin();
        var builder = new RuleCatalogBuilder();

        plugin.Register(new BuilderRegistrar(builder, plugin.Manifest.Id));
        var catalog = builder.Build();

        catalog.Rules.Select(rule => rule.Descriptor.Id).ShouldBe(["DEL-001", "DEL-002", "GOV-001", "GOV-002", "RSK-001", "TRN-001"]);
        catalog.Rules.ShouldAllBe(rule => rule.Source == "pmoassess.governance");
    }
}
