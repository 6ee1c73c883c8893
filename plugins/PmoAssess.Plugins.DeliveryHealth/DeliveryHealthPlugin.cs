using PmoAssess.Plugins.DeliveryHealth.EarnedValue;

namespace PmoAssess.Plugins.DeliveryHealth;

/// <summary>
/// The built-in delivery health plugin: the earned-value rules (CPI and SPI at least 0.9) and a report section with
/// the earned-value measures of the projects in delivery (CPI, SPI, EAC, VAC and schedule slip).
/// </summary>
public sealed class DeliveryHealthPlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "pmoassess.delivery-health",
        Name = "PmoAssess delivery health",
        Version = "0.1.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar)
    {
        ArgumentNullException.ThrowIfNull(registrar);
        registrar.AddRulesFrom(typeof(DeliveryHealthPlugin).Assembly);
        registrar.AddReportSection(new DeliveryHealthSection());
    }
}
