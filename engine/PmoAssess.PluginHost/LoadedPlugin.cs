namespace PmoAssess.Plugins;

/// <summary>A plugin that loaded and registered, with what it contributed.</summary>
public sealed record LoadedPlugin
{
    /// <summary>Who the plugin says it is.</summary>
    public required PluginManifest Manifest { get; init; }

    /// <summary>The plugin's main assembly, as found on disk.</summary>
    public required string AssemblyPath { get; init; }

    /// <summary>The NRules rule classes it registered, in registration order.</summary>
    public required IReadOnlyList<Type> RuleTypes { get; init; }

    /// <summary>The methodology files it registered, as full paths.</summary>
    public IReadOnlyList<string> MethodologyFiles { get; init; } = [];

    /// <summary>The report sections it registered.</summary>
    public IReadOnlyList<Reports.IReportSection> ReportSections { get; init; } = [];

    /// <summary>The file formats it registered, which mapping files can read client data from.</summary>
    public IReadOnlyList<Import.ITableFormat> TableFormats { get; init; } = [];

    /// <summary>
    /// Copies of host assemblies (NRules, the contract) found in the plugin's folder. They are never
    /// loaded: the host's copies are shared with the plugin, so the plugin's rules still work.
    /// </summary>
    public IReadOnlyList<string> IgnoredPrivateAssemblies { get; init; } = [];
}
