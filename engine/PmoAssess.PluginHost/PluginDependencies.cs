using System.Reflection;
using McMaster.NETCore.Plugins;

namespace PmoAssess.Plugins;

/// <summary>
/// Checks, when a plugin loads, that every assembly its main assembly references can be found. The runtime loads a
/// dependency only when code that uses it first runs: a helper assembly missing from the plugin's folder would
/// otherwise load as healthy and make each of its rules throw <see cref="FileNotFoundException"/> on every subject,
/// turning into rule errors that quietly lower the maturity levels instead of stopping the run.
/// </summary>
internal static class PluginDependencies
{
    /// <summary>
    /// The first assembly <paramref name="plugin"/> references that its own load context cannot load, in reference
    /// order; <c>null</c> when all load. The framework, NRules and the contract resolve from the host, as they will when
    /// the rules run; the plugin's own dependencies resolve from its folder. Only direct references are checked: a
    /// compiler records a reference only when the plugin's code uses it, whereas a third-party library's references
    /// may name assemblies it uses on some platforms only.
    /// </summary>
    public static (AssemblyName Reference, Exception Problem)? FirstMissing(PluginLoader loader, Assembly plugin)
    {
        foreach (var reference in plugin.GetReferencedAssemblies())
        {
            try
            {
                loader.LoadAssembly(reference);
            }
            catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                return (reference, exception);
            }
        }

        return null;
    }
}
