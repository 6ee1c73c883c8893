using PmoAssess.Plugins;

namespace PmoAssess.Fixtures.Empty;

/// <summary>Test fixture: a plugin that registers nothing.</summary>
public sealed class EmptyPlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "fixtures.empty",
        Name = "Empty fixture",
        Version = "1.0.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar)
    {
        // Registers nothing on purpose: the host must refuse a plugin that contributes nothing.
    }
}
