namespace PmoAssess.Plugins;

/// <summary>
/// The entry point of a plugin assembly. The host creates each public, non-abstract implementation
/// with its parameterless constructor and asks it to register what it contributes.
/// </summary>
public interface IPmoPlugin
{
    /// <summary>Who the plugin is.</summary>
    PluginManifest Manifest { get; }

    /// <summary>Registers the plugin's rules (and, in later API versions, methodologies, importers and report sections).</summary>
    void Register(IPluginRegistrar registrar);
}
