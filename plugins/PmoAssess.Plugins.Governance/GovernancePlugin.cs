namespace PmoAssess.Plugins.Governance;

/// <summary>
/// The built-in governance rules: sponsorship, charters, status reporting and risk ownership. The earned-value rules
/// are in the delivery health plugin (PmoAssess.Plugins.DeliveryHealth).
/// </summary>
public sealed class GovernancePlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "pmoassess.governance",
        Name = "PmoAssess governance rules",
        Version = "0.1.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar) => registrar.AddRulesFrom(typeof(GovernancePlugin).Assembly);
}
