using PmoAssess.Plugins;

namespace PmoAssess.Fixtures.Dependent;

/// <summary>Test fixture: a plugin whose rule needs its own dependency, FixtureHelpers.dll, from the plugin's folder.</summary>
public sealed class DependentPlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "fixtures.dependent",
        Name = "Dependent fixture",
        Version = "1.0.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar) => registrar.AddRule<ProjectHasSponsorName>();
}
