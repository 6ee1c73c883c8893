namespace PmoAssess.Plugins;

/// <summary>Who a plugin is: reported with every rule it contributes.</summary>
public sealed record PluginManifest
{
    /// <summary>A unique id, e.g. <c>contoso.governance</c>.</summary>
    public required string Id { get; init; }

    /// <summary>A display name.</summary>
    public required string Name { get; init; }

    /// <summary>The plugin's own version.</summary>
    public required string Version { get; init; }
}
