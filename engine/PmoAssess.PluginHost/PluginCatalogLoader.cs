using System.Globalization;
using McMaster.NETCore.Plugins;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace PmoAssess.Plugins;

/// <summary>
/// Finds plugin assemblies in plugin folders and loads each in its own load context, sharing the
/// contract and NRules with the host so that plugin rules, host facts and the engine agree on types.
/// A plugin folder is <c>NAME/NAME.dll</c>; a folder given to the loader is either one plugin folder
/// or a folder of them. One broken plugin never stops the others from loading: failures are returned.
/// </summary>
public static class PluginCatalogLoader
{
    // Types whose assemblies must come from the host: if a plugin loaded its own NRules or contract,
    // the host would discover none of its rules and say nothing (DESIGN.md).
    private static readonly Type[] SharedTypes = [typeof(IPmoPlugin), typeof(Rule), typeof(IRuleDefinition)];

    /// <summary>Loads every plugin found in <paramref name="folders"/>, in folder then name order.</summary>
    /// <param name="folders">Plugin folders, or folders of them.</param>
    /// <param name="accept">
    /// The caller's own checks of a plugin that loaded (its rules beside those accepted before it, its methodologies), run
    /// before the plugin claims its id and file extensions; it throws <see cref="PluginLoadException"/> to refuse the plugin.
    /// A refused plugin claims nothing, so a later one with the same id or extensions still loads.
    /// </param>
    /// <exception cref="PluginLoadException">A folder does not exist.</exception>
    public static PluginLoadResult Load(IEnumerable<string> folders, Action<LoadedPlugin>? accept = null)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var loaded = new List<LoadedPlugin>();
        var failures = new List<PluginFailure>();
        foreach (var assemblyPath in folders.SelectMany(FindPluginAssemblies).Distinct(StringComparer.Ordinal))
        {
            try
            {
                var plugin = LoadOne(assemblyPath);
                var clash = loaded.FirstOrDefault(other => string.Equals(other.Manifest.Id, plugin.Manifest.Id, StringComparison.Ordinal));
                if (clash is not null)
                {
                    throw new PluginLoadException(
                        "Another plugin already has this id. Plugin=" + plugin.Manifest.Id + ", Path=" + assemblyPath + ", OtherPath=" + clash.AssemblyPath);
                }

                var claimed = loaded.SelectMany(other => ExtensionsOf(other).Select(extension => (Extension: extension, Owner: other)))
                    .FirstOrDefault(claim => ExtensionsOf(plugin).Contains(claim.Extension, StringComparer.OrdinalIgnoreCase));
                if (claimed.Owner is not null)
                {
                    throw new PluginLoadException("Another plugin (" + claimed.Owner.Manifest.Id + ") already reads " + claimed.Extension +
                        " files. Plugin=" + plugin.Manifest.Id + ", Path=" + assemblyPath);
                }

                accept?.Invoke(plugin);
                loaded.Add(plugin);
            }
            catch (PluginLoadException exception)
            {
                failures.Add(new PluginFailure(assemblyPath, exception.Message));
            }
        }

        return new PluginLoadResult { Loaded = loaded, Failures = failures };
    }

    private static IEnumerable<string> ExtensionsOf(LoadedPlugin plugin) => plugin.TableFormats.SelectMany(format => format.Extensions);

    /// <summary>The plugin assemblies in a folder: the folder itself if it is a plugin folder, else its sub-folders.</summary>
    public static IEnumerable<string> FindPluginAssemblies(string folder)
    {
        // McMaster refuses relative assembly paths; a user's --plugins ./mine is relative.
        folder = Path.GetFullPath(folder);
        if (!Directory.Exists(folder))
        {
            throw new PluginLoadException("The plugin folder does not exist. Path=" + folder);
        }

        var own = PluginAssemblyOf(folder);
        if (File.Exists(own))
        {
            return [own];
        }

        // A sub-folder holding assemblies is meant to be a plugin: if its main assembly is not named like the
        // folder, return the expected path anyway so that loading reports it instead of silently skipping it.
        return Directory.EnumerateDirectories(folder)
            .Where(subfolder => Directory.EnumerateFiles(subfolder, "*.dll").Any())
            .Select(PluginAssemblyOf)
            .Order(StringComparer.Ordinal);
    }

    private static string PluginAssemblyOf(string folder) =>
        Path.Combine(folder, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))) + ".dll");

    private static LoadedPlugin LoadOne(string assemblyPath)
    {
        if (!File.Exists(assemblyPath))
        {
            var found = Directory.EnumerateFiles(Path.GetDirectoryName(assemblyPath)!, "*.dll").Select(Path.GetFileName).Order(StringComparer.Ordinal);
            throw new PluginLoadException(
                "The plugin folder has no " + Path.GetFileName(assemblyPath) + ": a plugin folder must hold an assembly named like the folder. Found=" +
                string.Join(" ", found) + ", Path=" + assemblyPath);
        }

        return PluginRegistration.Register(CreatePlugin(assemblyPath), assemblyPath);
    }

    private static IPmoPlugin CreatePlugin(string assemblyPath)
    {
        Type[] pluginTypes;
        (System.Reflection.AssemblyName Reference, Exception Problem)? missing;
        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, SharedTypes, config => config.PreferSharedTypes = true);
            var assembly = loader.LoadDefaultAssembly();
            pluginTypes = [.. assembly.GetExportedTypes()
                .Where(type => type is { IsAbstract: false, IsInterface: false } && typeof(IPmoPlugin).IsAssignableFrom(type))];
            missing = PluginDependencies.FirstMissing(loader, assembly);
        }
        catch (Exception exception)
        {
            throw new PluginLoadException("The plugin assembly could not be loaded: " + exception.Message + " Path=" + assemblyPath, exception);
        }

        if (missing is var (reference, problem))
        {
            var why = problem is FileNotFoundException
                ? "it references " + reference.Name + " " + reference.Version + ", which is neither in the plugin's folder nor part of the host."
                : "it references " + reference.Name + " " + reference.Version + ", which could not be loaded: " + problem.Message;
            throw new PluginLoadException("The plugin assembly could not be loaded: " + why + " Dependency=" + reference.Name + ", Path=" + assemblyPath, problem);
        }

        if (pluginTypes.Length != 1)
        {
            throw new PluginLoadException(
                "A plugin assembly must export exactly one IPmoPlugin implementation; found " +
                pluginTypes.Length.ToString(CultureInfo.InvariantCulture) + ". Path=" + assemblyPath);
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
