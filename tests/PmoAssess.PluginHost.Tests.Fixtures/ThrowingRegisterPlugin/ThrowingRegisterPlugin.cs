using PmoAssess.Plugins;

namespace PmoAssess.Fixtures.ThrowingRegister;

/// <summary>Test fixture: a plugin whose Register throws.</summary>
public sealed class ThrowingRegisterPlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "fixtures.throwing-register",
        Name = "Throwing register fixture",
        Version = "1.0.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar)
    {
        ArgumentNullException.ThrowIfNull(registrar);
        throw new InvalidOperationException("The fixture refuses to register.");
    }
}
