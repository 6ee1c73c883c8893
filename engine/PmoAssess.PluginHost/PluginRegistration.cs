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

        if (registrar.RuleTypes.Count == 0 && registrar.Methodologies.Count == 0 && registrar.ReportSections.Count == 0 && registrar.TableFormats.Count == 0)
        {
            throw new PluginLoadException(
                "The plugin contributes nothing: it registered no rules, methodologies, report sections or table formats. Plugin=" + manifest.Id + ", Path=" + assemblyPath);
        }

        foreach (var format in registrar.TableFormats)
        {
            if (TableFormatProblem(format) is { } problem)
            {
                throw new PluginLoadException(problem + " Plugin=" + manifest.Id + ", Path=" + assemblyPath);
            }
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
            TableFormats = registrar.TableFormats,
            IgnoredPrivateAssemblies = PrivateHostAssemblies.Beside(assemblyPath),
        };
    }

    /// <summary>What is wrong with a table format's name or extensions, if anything.</summary>
    private static string? TableFormatProblem(Import.ITableFormat format)
    {
        if (string.IsNullOrWhiteSpace(format.Name))
        {
            return "A table format of the plugin has no name.";
        }

        if (format.Extensions is not { Count: > 0 } extensions)
        {
            return "The table format '" + format.Name + "' names no file extensions.";
        }

        var bad = extensions.FirstOrDefault(extension => extension is null || extension.Length < 2 || extension[0] != '.' || extension.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0);
        if (bad is not null || extensions.Contains(null))
        {
            return "The table format '" + format.Name + "' names an extension that is not like '.jsonl': '" + bad + "'.";
        }

        var builtIn = extensions.FirstOrDefault(extension => Import.TableExtensions.BuiltIn.Contains(extension, StringComparer.OrdinalIgnoreCase));
        return builtIn is null ? null : "The table format '" + format.Name + "' claims " + builtIn + ", which PmoAssess reads itself.";
    }
}
