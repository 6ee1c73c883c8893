using PmoAssess.Plugins;

namespace PmoAssess.Testing.Tests.TestRules;

/// <summary>Registers nothing, so the host would refuse it.</summary>
public sealed class EmptyPlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "test.empty",
        Name = "Empty plugin",
        Version = "1.0.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar)
    {
    }
}
