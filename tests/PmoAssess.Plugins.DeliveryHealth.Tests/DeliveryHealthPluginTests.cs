using PmoAssess.Plugins.DeliveryHealth.EarnedValue;
using PmoAssess.Rules;

namespace PmoAssess.Plugins.DeliveryHealth.Tests;

public sealed class DeliveryHealthPluginTests
{
    [Fact]
    public void Register_ThroughTheHostsChecks_ContributesTheEarnedValueRulesAndTheSection()
    {
        var plugin = PluginRegistration.Register(new DeliveryHealthPlugin(), typeof(DeliveryHealthPlugin).Assembly.Location);

        plugin.Manifest.Id.ShouldBe("pmoassess.delivery-health");
        plugin.Manifest.Name.ShouldBe("PmoAssess delivery health");
        plugin.RuleTypes.Select(type => ((IDescribedRule)Activator.CreateInstance(type)!).Descriptor.Id).Order(StringComparer.Ordinal)
            .ShouldBe(["DEL-001", "DEL-002"]);
        plugin.ReportSections.ShouldHaveSingleItem().ShouldBeOfType<DeliveryHealthSection>().Title.ShouldBe("Delivery health");
    }
}
