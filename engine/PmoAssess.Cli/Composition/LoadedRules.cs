using PmoAssess.Plugins;
using PmoAssess.Rules;
using PmoAssess.Rulesets;

namespace PmoAssess.Cli.Composition;

/// <summary>The compiled rules of one run, the plugins and rulesets they came from, and the plugins skipped as broken.</summary>
internal sealed record LoadedRules(RuleCatalog Catalog, IReadOnlyList<LoadedPlugin> Plugins, IReadOnlyList<Ruleset> Rulesets, IReadOnlyList<PluginFailure> Broken);
