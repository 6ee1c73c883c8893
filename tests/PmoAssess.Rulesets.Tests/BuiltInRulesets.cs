using PmoAssess.Rules;
using PmoAssess.Rulesets;
using PmoAssess.Rulesets.Examples;

namespace PmoAssess.Tests.Rulesets;

/// <summary>The rulesets shipped in rulesets/, loaded once for all tests.</summary>
internal static class BuiltInRulesets
{
    public static string Folder { get; } = RepositoryRoot.Combine("rulesets");

    public static IReadOnlyList<string> Files { get; } =
        [.. Directory.EnumerateFiles(Folder, "*" + RulesetLoader.FileSuffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static readonly Lazy<IReadOnlyList<Ruleset>> All = new(() => RulesetLoader.Load([Folder]));

    private static readonly Dictionary<string, RuleCatalog> Catalogs = new(StringComparer.Ordinal);

    public static IReadOnlyList<Ruleset> Rulesets => All.Value;

    /// <summary>The relative path of a file under rulesets/, as test names show it.</summary>
    public static string Relative(string file) => Path.GetRelativePath(Folder, file).Replace('\\', '/');

    /// <summary>The examples file of each ruleset, by the ruleset file's relative path.</summary>
    public static string ExamplesOf(string rulesetFile) => RulesetExamples.BesideRuleset(Path.Combine(Folder, rulesetFile));

    /// <summary>The catalog compiled from one ruleset file alone, so its examples see only its rules.</summary>
    public static RuleCatalog CatalogOf(string rulesetFile)
    {
        lock (Catalogs)
        {
            if (!Catalogs.TryGetValue(rulesetFile, out var catalog))
            {
                var ruleset = RulesetLoader.Load([Path.Combine(Folder, rulesetFile)]).Single();
                Catalogs[rulesetFile] = catalog = new RuleCatalogBuilder().Add(ruleset).Build();
            }

            return catalog;
        }
    }
}
