namespace PmoAssess.Plugins;

/// <summary>Copies of the host's own assemblies (NRules, the contract) that a plugin folder carries; the host never loads them.</summary>
internal static class PrivateHostAssemblies
{
    private static readonly string[] HostAssemblyPrefixes = ["NRules", "PmoAssess.Abstractions"];

    /// <summary>The host assemblies found beside <paramref name="assemblyPath"/>, by file name; none when the folder does not exist.</summary>
    public static string[] Beside(string assemblyPath)
    {
        var folder = Path.GetDirectoryName(assemblyPath);
        return folder is null || !Directory.Exists(folder)
            ? []
            :
            [
                .. Directory.EnumerateFiles(folder, "*.dll")
                    .Select(Path.GetFileName)
                    .OfType<string>()
                    .Where(name => HostAssemblyPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
                    .Order(StringComparer.Ordinal),
            ];
    }
}
