namespace PmoAssess.Plugins.Governance.Tests;

public sealed class GovernancePluginTests
{
    [Fact]
    public void Register_ThroughTheHostsChecks_ContributesItsFourRules()
    {
        var plugin = PluginRegistration.Register(new GovernancePlugin(), typeof(GovernancePlugin).Assembly.Location);

        plugin.Manifest.Id.ShouldBe("pmoassess.governance");
        plugin.RuleTypes.Select(type => ((PmoAssess.Rules.IDescribedRule)Activator.CreateInstance(type)!).Descriptor.Id).Order(StringComparer.Ordinal)
            .ShouldBe(["GOV-001", "GOV-002", "RSK-001", "TRN-001"]);
    }
}
