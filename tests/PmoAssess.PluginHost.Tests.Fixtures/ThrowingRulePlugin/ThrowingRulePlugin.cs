using PmoAssess.Plugins;

namespace PmoAssess.Fixtures.ThrowingRule;

/// <summary>Test fixture: a plugin whose rule throws on one project (P-THROW) and decides the others.</summary>
public sealed class ThrowingRulePlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "fixtures.throwing-rule",
        Name = "Throwing rule fixture",
        Version = "1.0.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar) => registrar.AddRule<ProjectHasName>();
}
