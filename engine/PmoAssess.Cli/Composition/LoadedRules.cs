using PmoAssess.Plugins;
using PmoAssess.Rules;

namespace PmoAssess.Cli.Composition;

/// <summary>The compiled rules of one run, the plugins they came from, and the plugins skipped as broken.</summary>
internal sealed record LoadedRules(RuleCatalog Catalog, IReadOnlyList<LoadedPlugin> Plugins, IReadOnlyList<PluginFailure> Broken);
