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

    /// <summary>The oldest plugin API version (<see cref="PluginApi.Version"/>) the plugin works with.</summary>
    public required int MinimumApiVersion { get; init; }

    /// <summary>The newest plugin API version the plugin works with.</summary>
    public required int MaximumApiVersion { get; init; }

    /// <summary>Whether the plugin works with a host offering plugin API <paramref name="apiVersion"/>.</summary>
    public bool Supports(int apiVersion) => MinimumApiVersion <= apiVersion && apiVersion <= MaximumApiVersion;
}
