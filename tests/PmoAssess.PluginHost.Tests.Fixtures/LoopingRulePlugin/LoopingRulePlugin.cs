using PmoAssess.Plugins;

namespace PmoAssess.Fixtures.LoopingRule;

/// <summary>
/// Test fixture: a plugin whose rule never returns, as a buggy rule might loop, and whose report section never returns
/// either (reached when a policy disables the rule).
/// </summary>
public sealed class LoopingRulePlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "fixtures.looping-rule",
        Name = "Looping rule fixture",
        Version = "1.0.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar)
    {
        registrar.AddRule<NeverReturns>();
        registrar.AddReportSection(new NeverReturningSection());
    }
}
