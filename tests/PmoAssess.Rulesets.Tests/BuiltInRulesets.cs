using PmoAssess.Rulesets;

namespace PmoAssess.Tests.Rulesets;

/// <summary>The rulesets shipped in rulesets/, loaded once for all tests.</summary>
internal static class BuiltInRulesets
{
    public static string Folder { get; } = RepositoryRoot.Combine("rulesets");

    public static IReadOnlyList<string> Files { get; } =
        [.. Directory.EnumerateFiles(Folder, "*" + RulesetLoader.FileSuffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    private static readonly Lazy<IReadOnlyList<Ruleset>> All = new(() => RulesetLoader.Load([Folder]));

    public static IReadOnlyList<Ruleset> Rulesets => All.Value;
}
