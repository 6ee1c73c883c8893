using Microsoft.Extensions.Logging;
using PmoAssess.Import;
using PmoAssess.Outcomes;
using PmoAssess.Plugins;
using PmoAssess.Rules;
using PmoAssess.Rulesets;
using PmoAssess.Scoring;

namespace PmoAssess.Cli.Composition;

/// <summary>
/// Loads the built-in and requested rulesets and plugins, chooses the methodology, and compiles every rule into
/// one catalog. Rulesets are checked first, completely: any problem, or a ruleset rule reusing a plugin rule's
/// id, stops the run as invalid configuration (exit 3), as does an unknown methodology or bad answers file. A
/// plugin that fails to load, whose rules are invalid or reuse another's id, or whose methodology file is not
/// valid, is broken: the run stops listing every broken plugin (exit 4), unless the caller skips broken plugins.
/// </summary>
internal sealed class RuleSetLoader(CliEnvironment environment, ILogger<RuleSetLoader> logger)
{
    /// <summary>Loads every rule source; only the rules <paramref name="include"/> chooses (a policy's selection) are compiled.</summary>
    /// <param name="sources">The rulesets and plugins to load besides the built-in ones.</param>
    /// <param name="choice">The methodology and answers, or <c>null</c> for none.</param>
    /// <param name="include">Which rules to compile; all when <c>null</c>.</param>
    /// <param name="limits">How large and how deeply nested each ruleset, methodology and answers file may be.</param>
    /// <param name="warnOfSkipped">Whether a broken plugin skipped is a warning on stderr; not for a caller that lists them itself.</param>
    public LoadedRules Load(
        RuleSources sources, MethodologyChoice? choice = null, Func<RuleDescriptor, bool>? include = null, InputLimits? limits = null, bool warnOfSkipped = true)
    {
        limits ??= InputLimits.Default;
        // Plugins load beside the rulesets (RulesetLoader says what that saves); a problem in the rulesets is still what
        // stops the run first.
        IReadOnlyList<Ruleset> rulesets = [];
        PluginLoadResult result = null!;
        var contributed = new Dictionary<string, IReadOnlyList<Methodology>>(StringComparer.Ordinal);
        var builder = new RuleCatalogBuilder();
        SideBySide.For(2, part =>
        {
            if (part == 0)
            {
                rulesets = RulesetLoader.Load([.. BuiltInRulesets(), .. sources.RulesetPaths], limits);
            }
            else
            {
                // The builder and the methodologies are touched here alone until both parts are done.
                result = PluginCatalogLoader.Load([environment.BuiltInPluginFolder, .. sources.PluginFolders], plugin => Accept(plugin, builder, contributed, limits));
            }
        });
        var broken = result.Failures.ToList();
        var usable = result.Loaded;
        foreach (var plugin in usable)
        {
            Log.PluginLoaded(logger, plugin.Manifest.Id, plugin.Manifest.Version, plugin.RuleTypes.Count, plugin.AssemblyPath);
            if (plugin.IgnoredPrivateAssemblies.Count > 0)
            {
                Log.PrivateHostAssembliesIgnored(logger, plugin.Manifest.Id, string.Join(", ", plugin.IgnoredPrivateAssemblies));
            }
        }

        if (broken.Count > 0 && !sources.SkipBrokenPlugins)
        {
            throw new PluginLoadException(
                (broken.Count == 1 ? "A plugin is broken" : "Plugins are broken") + " (use --skip-broken-plugins to run without them):\n" +
                string.Join("\n", broken.Select(failure => "  " + failure.Reason)));
        }

        foreach (var failure in warnOfSkipped ? broken : [])
        {
            Log.PluginSkipped(logger, failure.Path, failure.Reason);
        }

        var methodology = choice is null ? null : MethodologyLoader.Find(choice.Methodology, environment.BuiltInMethodologyFolder, [.. contributed.Values.SelectMany(list => list)], limits);
        var answers = choice?.Answers is { } answersFile ? Questionnaire.Read(answersFile, methodology!, limits) : null;
        // Questions are asked only of an organisation that answered them: without answers they would apply to nothing.
        if (methodology is not null && (answers is not null || choice!.AskQuestions))
        {
            rulesets = [.. rulesets, QuestionRules.For(methodology)];
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

        return new LoadedRules(builder.Build(include), usable, rulesets, broken)
        {
            PluginMethodologies = contributed,
            Methodology = methodology,
            Answers = answers,
        };
    }

    /// <summary>
    /// Adds a plugin's rules to the catalog and loads its methodologies, or refuses the plugin: a rule that is invalid or
    /// reuses another's id, or a methodology that does not validate. The catalog takes a plugin's rules all or none, and a
    /// refused plugin claims neither its id nor its file extensions (<see cref="PluginCatalogLoader.Load"/>).
    /// </summary>
    private static void Accept(LoadedPlugin plugin, RuleCatalogBuilder builder, Dictionary<string, IReadOnlyList<Methodology>> contributed, InputLimits limits)
    {
        try
        {
            var methodologies = plugin.MethodologyFiles.Select(file => MethodologyLoader.Load(file, limits)).ToList();
            builder.Add(plugin.RuleTypes, plugin.Manifest.Id);
            contributed[plugin.Manifest.Id] = methodologies;
        }
        catch (Exception exception) when (exception is InvalidRuleException or InvalidInputException)
        {
            // A rule's message already names its source plugin; a methodology's names only its file.
            var pluginContext = exception is InvalidInputException ? ", Plugin=" + plugin.Manifest.Id : string.Empty;
            throw new PluginLoadException(exception.Message + pluginContext + ", Path=" + plugin.AssemblyPath, exception);
        }
    }

    private IEnumerable<string> BuiltInRulesets() =>
        Directory.Exists(environment.BuiltInRulesetFolder) ? [environment.BuiltInRulesetFolder] : [];
}
