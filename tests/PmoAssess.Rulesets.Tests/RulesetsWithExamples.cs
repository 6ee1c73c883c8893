using PmoAssess.Rules;
using PmoAssess.Rulesets;
using PmoAssess.Rulesets.Examples;

namespace PmoAssess.Tests.Rulesets;

/// <summary>
/// Every ruleset whose examples run as tests: the built-in packs under rulesets/ and the sample packs under
/// samples/ (such as samples/uk-gmpp), each named by its path from the repository root.
/// </summary>
internal static class RulesetsWithExamples
{
    private static readonly Dictionary<string, RuleCatalog> Catalogs = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Files { get; } =
    [
        .. BuiltInRulesets.Files
            .Concat(Directory.EnumerateFiles(RepositoryRoot.Combine("samples"), "*" + RulesetLoader.FileSuffix, SearchOption.AllDirectories)
                .Where(file => !IsBuildOutput(file)))
            .Select(Relative)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The path of <paramref name="file"/> from the repository root, as test names show it.</summary>
    public static string Relative(string file) => Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');

    /// <summary>The full path of a file named from the repository root.</summary>
    public static string Full(string relative) => Path.Combine(RepositoryRoot.Path, relative);

    /// <summary>The examples file beside a ruleset file, by the ruleset file's path from the repository root.</summary>
    public static string ExamplesOf(string rulesetFile) => RulesetExamples.BesideRuleset(Full(rulesetFile));

    /// <summary>The one ruleset in a ruleset file.</summary>
    public static Ruleset RulesetOf(string rulesetFile) => RulesetLoader.Load([Full(rulesetFile)]).Single();

    /// <summary>The catalog compiled from one ruleset file alone, so its examples see only its rules.</summary>
    public static RuleCatalog CatalogOf(string rulesetFile)
    {
        lock (Catalogs)
        {
            if (!Catalogs.TryGetValue(rulesetFile, out var catalog))
            {
                Catalogs[rulesetFile] = catalog = new RuleCatalogBuilder().Add(RulesetOf(rulesetFile)).Build();
            }

            return catalog;
        }
    }

    /// <summary>Whether a file sits in a build's output (a sample plugin's bin/ or obj/ may hold copies of the built-in rulesets).</summary>
    private static bool IsBuildOutput(string file) =>
        Relative(file).Split('/').Any(segment => segment is "bin" or "obj");
}
