using PmoAssess.Plugins;

namespace PmoAssess.Fixtures.StaleGood;

/// <summary>
/// Test fixture: an old build of GoodPlugin left in a plugins folder. It has GoodPlugin's id, and its rule still has
/// the id GOV-001, which the built-in governance plugin uses, so the host refuses it.
/// </summary>
public sealed class StaleGoodPlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "fixtures.good",
        Name = "Good fixture (an old build)",
        Version = "0.9.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar) => registrar.AddRule<ReusesBuiltInRuleId>();
}
