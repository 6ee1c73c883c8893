using PmoAssess.Plugins;

namespace PmoAssess.Fixtures.Clashing;

/// <summary>Test fixture: a plugin whose rule reuses GoodPlugin's rule id (FIX-GOOD-001).</summary>
public sealed class ClashingPlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "fixtures.clashing",
        Name = "Clashing fixture",
        Version = "1.0.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar) => registrar.AddRule<ReusesGoodRuleId>();
}
