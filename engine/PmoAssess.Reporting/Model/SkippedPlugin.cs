namespace PmoAssess.Reporting.Model;

/// <summary>A plugin that was broken and skipped (<c>--skip-broken-plugins</c>), named by its assembly file, not a machine path.</summary>
/// <param name="Assembly">The plugin's assembly file name.</param>
/// <param name="Reason">Why it could not be used.</param>
public sealed record SkippedPlugin(string Assembly, string Reason);
