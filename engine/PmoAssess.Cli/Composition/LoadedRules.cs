using PmoAssess.Plugins;
using PmoAssess.Rules;
using PmoAssess.Rulesets;
using PmoAssess.Scoring;

namespace PmoAssess.Cli.Composition;

/// <summary>
/// The compiled rules of one run, the plugins and rulesets they came from, the plugins skipped as broken, the
/// methodologies plugins contributed, and the chosen methodology with the organisation's answers, if any.
/// </summary>
internal sealed record LoadedRules(RuleCatalog Catalog, IReadOnlyList<LoadedPlugin> Plugins, IReadOnlyList<Ruleset> Rulesets, IReadOnlyList<PluginFailure> Broken)
{
    /// <summary>The methodologies each plugin contributed, by plugin id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Methodology>> PluginMethodologies { get; init; } = new Dictionary<string, IReadOnlyList<Methodology>>();

    public IReadOnlyList<Methodology> MethodologiesOf(LoadedPlugin plugin) => PluginMethodologies.GetValueOrDefault(plugin.Manifest.Id) ?? [];

    /// <summary>The table formats the plugins contributed, for client files a mapping names.</summary>
    public IReadOnlyList<Import.ITableFormat> TableFormats => [.. Plugins.SelectMany(plugin => plugin.TableFormats)];

    public Methodology? Methodology { get; init; }

    public AnswerSheet? Answers { get; init; }
}
