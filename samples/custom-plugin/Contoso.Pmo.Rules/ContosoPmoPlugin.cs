using PmoAssess.Plugins;

namespace Contoso.Pmo.Rules;

/// <summary>
/// Contoso PMO's own rules, on top of the built-in pack: business cases for large projects, live risk
/// registers and overdue milestones; and its own maturity methodology, <c>contoso-pmo</c>. The host finds this class (the assembly's one public
/// <see cref="IPmoPlugin"/>), creates it and calls <see cref="Register"/>.
/// </summary>
public sealed class ContosoPmoPlugin : IPmoPlugin
{
    /// <inheritdoc />
    public PluginManifest Manifest { get; } = new()
    {
        Id = "contoso.pmo",
        Name = "Contoso PMO rules",
        Version = "1.0.0",
        // PluginApi.Version is a constant, compiled in: this reads "every API version from 1 to the one we built against".
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    /// <inheritdoc />
    public void Register(IPluginRegistrar registrar)
    {
        registrar.AddRulesFrom(typeof(ContosoPmoPlugin).Assembly);
        registrar.AddMethodology("contoso-pmo.methodology.yaml");
    }
}
