using Microsoft.Extensions.Logging;
using PmoAssess.Plugins;
using PmoAssess.Rules;
using PmoAssess.Rulesets;
using PmoAssess.Scoring;

namespace PmoAssess.Cli.Composition;

/// <summary>
/// Loads the built-in and requested rulesets and plugins and compiles their rules into one catalog.
/// Rulesets are checked first, completely: any problem, or a ruleset rule reusing a plugin rule's id,
/// stops the run as invalid configuration (exit 3). A plugin that fails to load, or whose rules are
/// invalid or reuse another's id, is broken: the run stops listing every broken plugin (exit 4),
/// unless the caller skips broken plugins.
/// </summary>
internal sealed class RuleSetLoader(CliEnvironment environment, ILogger<RuleSetLoader> logger)
{
    /// <summary>Loads the rules of a run; <paramref name="methodology"/>'s questions join them as rules of their own.</summary>
    public LoadedRules Load(RuleSources sources, Methodology? methodology = null)
    {
        var rulesets = RulesetLoader.Load([.. BuiltInRulesets(), .. sources.RulesetPaths]);
        if (methodology is not null)
        {
            rulesets = [.. rulesets, QuestionRules.For(methodology)];
        }

        var result = PluginCatalogLoader.Load([environment.BuiltInPluginFolder, .. sources.PluginFolders]);
        var broken = result.Failures.ToList();
        var usable = new List<LoadedPlugin>();
        var builder = new RuleCatalogBuilder();
        foreach (var plugin in result.Loaded)
        {
            try
            {
                builder.Add(plugin.RuleTypes, plugin.Manifest.Id);
                usable.Add(plugin);
                Log.PluginLoaded(logger, plugin.Manifest.Id, plugin.Manifest.Version, plugin.RuleTypes.Count, plugin.AssemblyPath);
                if (plugin.IgnoredPrivateAssemblies.Count > 0)
                {
                    Log.PrivateHostAssembliesIgnored(logger, plugin.Manifest.Id, string.Join(", ", plugin.IgnoredPrivateAssemblies));
                }
            }
            catch (InvalidRuleException exception)
            {
                broken.Add(new PluginFailure(plugin.AssemblyPath, exception.Message + ", Path=" + plugin.AssemblyPath));
            }
        }

        if (broken.Count > 0 && !sources.SkipBrokenPlugins)
        {
            throw new PluginLoadException(
                (broken.Count == 1 ? "A plugin is broken" : "Plugins are broken") + " (use --skip-broken-plugins to run without them):\n" +
                string.Join("\n", broken.Select(failure => "  " + failure.Reason)));
        }

        foreach (var failure in broken)
        {
            Log.PluginSkipped(logger, failure.Path, failure.Reason);
        }

        foreach (var ruleset in rulesets)
        {
            try
            {
                builder.Add(ruleset);
                Log.RulesetLoaded(logger, ruleset.Id, ruleset.Version ?? "-", ruleset.Rules.Count, ruleset.File);
            }
            catch (InvalidRuleException exception)
            {
                throw new InvalidInputException(exception.Message + ", File=" + ruleset.File, exception);
            }
        }

        return new LoadedRules(builder.Build(), usable, rulesets, broken);
    }

    private IEnumerable<string> BuiltInRulesets() =>
        Directory.Exists(environment.BuiltInRulesetFolder) ? [environment.BuiltInRulesetFolder] : [];
}
