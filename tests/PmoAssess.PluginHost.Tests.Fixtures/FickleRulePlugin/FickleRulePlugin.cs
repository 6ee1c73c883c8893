using PmoAssess.Plugins;

namespace PmoAssess.Fixtures.FickleRule;

/// <summary>Test fixture: a plugin whose rule changes its mind about a project when asked again.</summary>
public sealed class FickleRulePlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "fixtures.fickle-rule",
        Name = "Fickle rule fixture",
        Version = "1.0.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar) => registrar.AddRule<ProjectPassesOnce>();
}
