using System.Globalization;

namespace PmoAssess.Plugins;

/// <summary>
/// The checks the host makes on a plugin instance before using it: a manifest with an id, a plugin API
/// range that includes <see cref="PluginApi.Version"/>, a <see cref="IPmoPlugin.Register"/> that does not
/// throw, and at least one contribution. The loader runs them on every plugin it loads; the test harness
/// runs them on plugins created in-process, so a plugin that passes its tests also loads.
/// </summary>
public static class PluginRegistration
{
    /// <summary>Checks <paramref name="plugin"/> and collects what it registers.</summary>
    /// <param name="plugin">The plugin instance.</param>
    /// <param name="assemblyPath">Where the plugin came from, for messages.</param>
    /// <exception cref="PluginLoadException">The host would refuse the plugin; the message says why.</exception>
    public static LoadedPlugin Register(IPmoPlugin plugin, string assemblyPath)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        ArgumentException.ThrowIfNullOrEmpty(assemblyPath);
        var manifest = plugin.Manifest ?? throw new PluginLoadException("The plugin has no manifest. Path=" + assemblyPath);
        if (string.IsNullOrWhiteSpace(manifest.Id))
        {
            throw new PluginLoadException("The plugin's manifest has no id. Path=" + assemblyPath);
        }

        if (!manifest.Supports(PluginApi.Version))
        {
            throw new PluginLoadException(string.Create(CultureInfo.InvariantCulture,
                $"The plugin supports plugin API versions {manifest.MinimumApiVersion} to {manifest.MaximumApiVersion}; this host offers version {PluginApi.Version}. Plugin={manifest.Id}, Path={assemblyPath}"));
        }

        var registrar = new PluginRegistrar();
        try
        {
            plugin.Register(registrar);
        }
        catch (Exception exception)
        {
            throw new PluginLoadException(
                "The plugin threw while registering: " + exception.Message + " Plugin=" + manifest.Id + ", Path=" + assemblyPath, exception);
        }

        if (registrar.RuleTypes.Count == 0 && registrar.Methodologies.Count == 0 && registrar.ReportSections.Count == 0)
        {
            throw new PluginLoadException(
                "The plugin contributes nothing: it registered no rules, methodologies or report sections. Plugin=" + manifest.Id + ", Path=" + assemblyPath);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
        var methodologies = registrar.Methodologies.Select(path => Path.GetFullPath(Path.Combine(folder, path))).ToList();
        foreach (var missing in methodologies.Where(path => !File.Exists(path)))
        {
            throw new PluginLoadException(
                "The plugin registered a methodology file that is not there: " + Path.GetFileName(missing) + ". Plugin=" + manifest.Id + ", Path=" + assemblyPath);
        }

        return new LoadedPlugin
        {
            Manifest = manifest,
            AssemblyPath = assemblyPath,
            RuleTypes = registrar.RuleTypes,
            MethodologyFiles = methodologies,
            ReportSections = registrar.ReportSections,
            IgnoredPrivateAssemblies = PrivateHostAssemblies.Beside(assemblyPath),
        };
    }
}
