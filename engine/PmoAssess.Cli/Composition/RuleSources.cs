namespace PmoAssess.Cli.Composition;

/// <summary>Where a run's rules come from besides the built-in ones, and whether broken plugins are skipped.</summary>
internal sealed record RuleSources(IReadOnlyList<string> PluginFolders, IReadOnlyList<string> RulesetPaths, bool SkipBrokenPlugins);
