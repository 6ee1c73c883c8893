namespace PmoAssess.Reporting.Model;

/// <summary>A section a plugin added, already rendered to Markdown (or a note saying it could not be).</summary>
public sealed record PluginSection(string Title, string Markdown, string PluginId);
