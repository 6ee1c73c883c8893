namespace PmoAssess.Plugins;

/// <summary>A plugin that could not be used, and why.</summary>
/// <param name="Path">The plugin's main assembly, as found on disk.</param>
/// <param name="Reason">What went wrong, as a sentence with Key=Value context.</param>
public sealed record PluginFailure(string Path, string Reason);
