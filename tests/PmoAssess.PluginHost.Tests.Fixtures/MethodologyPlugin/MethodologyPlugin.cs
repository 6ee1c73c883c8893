using PmoAssess.Plugins;

namespace PmoAssess.Fixtures.Methodology;

/// <summary>Test fixture: a plugin whose only contribution is a methodology file.</summary>
public sealed class MethodologyPlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "fixtures.methodology",
        Name = "Methodology fixture",
        Version = "1.0.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar) => registrar.AddMethodology("fixture.methodology.yaml");
}
