using PmoAssess.Plugins;

namespace PmoAssess.Fixtures.Good;

/// <summary>Test fixture: a correct plugin with one rule that passes some projects and fails others.</summary>
public sealed class GoodPlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "fixtures.good",
        Name = "Good fixture",
        Version = "1.0.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar) => registrar.AddRule<ProjectHasManager>();
}
