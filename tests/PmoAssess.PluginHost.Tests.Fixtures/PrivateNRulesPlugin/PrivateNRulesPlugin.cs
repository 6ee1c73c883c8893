using PmoAssess.Plugins;

namespace PmoAssess.Fixtures.PrivateNRules;

/// <summary>Test fixture: references NRules and the contract normally, so private copies of them land beside it.</summary>
public sealed class PrivateNRulesPlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "fixtures.private-nrules",
        Name = "Private NRules fixture",
        Version = "1.0.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar) => registrar.AddRulesFrom(typeof(PrivateNRulesPlugin).Assembly);
}
