namespace PmoAssess.Cli.Composition;

/// <summary>Where a run's rules come from besides the built-in ones, and whether broken plugins are skipped.</summary>
internal sealed record RuleSources(IReadOnlyList<string> PluginFolders, IReadOnlyList<string> RulesetPaths, bool SkipBrokenPlugins)
{
    /// <summary>These sources and the policy file's: both load, the policy's first.</summary>
    public RuleSources With(Policy.PolicyFile? policy) => policy is null ? this : this with
    {
        RulesetPaths = [.. policy.Rulesets, .. RulesetPaths],
        PluginFolders = [.. policy.Plugins, .. PluginFolders],
    };
}
