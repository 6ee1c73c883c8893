using PmoAssess.Plugins;

namespace PmoAssess.Fixtures.FutureApi;

/// <summary>Test fixture: a plugin that only works with plugin API versions 2 to 3; the host offers 1.</summary>
public sealed class FutureApiPlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "fixtures.future-api",
        Name = "Future API fixture",
        Version = "1.0.0",
        MinimumApiVersion = 2,
        MaximumApiVersion = 3,
    };

    public void Register(IPluginRegistrar registrar) => registrar.AddRule<ProjectHasProgramme>();
}
