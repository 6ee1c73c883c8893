namespace PmoAssess.Plugins;

/// <summary>What loading the plugin folders gave: the plugins that work and those that do not.</summary>
public sealed record PluginLoadResult
{
    /// <summary>Plugins that loaded and registered, in folder then name order.</summary>
    public required IReadOnlyList<LoadedPlugin> Loaded { get; init; }

    /// <summary>Plugins that failed, with the reason.</summary>
    public required IReadOnlyList<PluginFailure> Failures { get; init; }
}
