using PmoAssess.Plugins;

namespace PmoAssess.Testing.Tests.TestRules;

/// <summary>Needs a plugin API newer than this host offers, so the host would refuse it.</summary>
public sealed class FuturePlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "test.future",
        Name = "Future plugin",
        Version = "1.0.0",
        MinimumApiVersion = PluginApi.Version + 1,
        MaximumApiVersion = PluginApi.Version + 2,
    };

    public void Register(IPluginRegistrar registrar) => registrar.AddRule<AsOfEcho>();
}
