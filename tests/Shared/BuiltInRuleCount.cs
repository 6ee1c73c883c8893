namespace PmoAssess.Tests;

/// <summary>
/// How many rules the CLI loads by default, counted from the source text rather than asked of the program:
/// every rule id in the built-in rulesets plus every descriptor id in the built-in plugins' Rules folders.
/// </summary>
internal static class BuiltInRuleCount
{
    public static int Value { get; } =
        Count("rulesets", "*.rules.yaml", line => line.TrimStart().StartsWith("- id:", StringComparison.Ordinal)) +
        Count("plugins", "*.cs", line => line.TrimStart().StartsWith("Id = \"", StringComparison.Ordinal), under: "Rules");

    private static int Count(string folder, string pattern, Func<string, bool> isRuleId, string? under = null) =>
        Directory.EnumerateFiles(RepositoryRoot.Combine(folder), pattern, SearchOption.AllDirectories)
            .Where(file => under is null || Path.GetFileName(Path.GetDirectoryName(file)) == under)
            .Sum(file => File.ReadLines(file).Count(isRuleId));
}
