using McMaster.NETCore.Plugins;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace PmoAssess.Plugins;

/// <summary>
/// Finds plugin assemblies in plugin folders and loads each in its own load context, sharing the
/// contract and NRules with the host so that plugin rules, host facts and the engine agree on types.
/// A plugin folder is <c>NAME/NAME.dll</c>; a folder given to the loader is either one plugin folder
/// or a folder of them.
/// </summary>
public static class PluginCatalogLoader
{
    // Types whose assemblies must come from the host: if a plugin loaded its own NRules or contract,
    // the host would discover none of its rules and say nothing (DESIGN.md).
    private static readonly Type[] SharedTypes = [typeof(IPmoPlugin), typeof(Rule), typeof(IRuleDefinition)];

    /// <summary>Loads every plugin found in <paramref name="folders"/>, in folder then name order.</summary>
    /// <exception cref="PluginLoadException">A plugin failed to load, to register, or contributed nothing.</exception>
    public static IReadOnlyList<LoadedPlugin> Load(IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        return [.. folders.SelectMany(FindPluginAssemblies).Distinct(StringComparer.Ordinal).Select(LoadOne)];
    }

    /// <summary>The plugin assemblies in a folder: the folder itself if it is a plugin folder, else its sub-folders.</summary>
    public static IEnumerable<string> FindPluginAssemblies(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new PluginLoadException("The plugin folder does not exist. Path=" + folder);
        }

        var own = PluginAssemblyOf(folder);
        if (File.Exists(own))
        {
            return [own];
        }

        return Directory.EnumerateDirectories(folder)
            .Select(PluginAssemblyOf)
            .Where(File.Exists)
            .Order(StringComparer.Ordinal);
    }

    private static string PluginAssemblyOf(string folder) =>
        Path.Combine(folder, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))) + ".dll");

    private static LoadedPlugin LoadOne(string assemblyPath)
    {
        var plugin = CreatePlugin(assemblyPath);
        var registrar = new PluginRegistrar();
        try
        {
            plugin.Register(registrar);
        }
        catch (Exception exception)
        {
            throw new PluginLoadException(
                "The plugin threw while registering: " + exception.Message + " Plugin=" + plugin.Manifest.Id + ", Path=" + assemblyPath, exception);
        }

        if (registrar.RuleTypes.Count == 0)
        {
            throw new PluginLoadException(
                "The plugin contributes nothing: it registered no rules. Plugin=" + plugin.Manifest.Id + ", Path=" + assemblyPath);
        }

        return new LoadedPlugin { Manifest = plugin.Manifest, AssemblyPath = assemblyPath, RuleTypes = registrar.RuleTypes };
    }

    private static IPmoPlugin CreatePlugin(string assemblyPath)
    {
        Type[] pluginTypes;
        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, SharedTypes, config => config.PreferSharedTypes = true);
            pluginTypes = [.. loader.LoadDefaultAssembly().GetExportedTypes()
                .Where(type => type is { IsAbstract: false, IsInterface: false } && typeof(IPmoPlugin).IsAssignableFrom(type))];
        }
        catch (Exception exception)
        {
            throw new PluginLoadException("The plugin assembly could not be loaded: " + exception.Message + " Path=" + assemblyPath, exception);
        }

        if (pluginTypes.Length != 1)
        {
            throw new PluginLoadException(
                "A plugin assembly must export exactly one IPmoPlugin implementation; found " + pluginTypes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                ". Path=" + assemblyPath);
        }

        try
        {
            return (IPmoPlugin)Activator.CreateInstance(pluginTypes[0])!;
        }
        catch (Exception exception)
        {
            var cause = exception.InnerException ?? exception;
            throw new PluginLoadException("The plugin could not be created: " + cause.Message + " Path=" + assemblyPath, cause);
        }
    }
}
