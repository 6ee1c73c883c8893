using System.Collections.Concurrent;
using PmoAssess.Rules;

namespace PmoAssess.Testing;

/// <summary>
/// Compiled catalogs by the rules in them. Compiling is the slow part of a scenario and a catalog is
/// frozen and thread-safe, so tests of the same rules share one.
/// </summary>
internal static class CatalogCache
{
    private static readonly ConcurrentDictionary<string, RuleCatalog> Catalogs = new(StringComparer.Ordinal);

    public static RuleCatalog For(IReadOnlyList<RuleSource> rules) => Catalogs.GetOrAdd(KeyOf(rules), _ => Build(rules));

    private static RuleCatalog Build(IReadOnlyList<RuleSource> rules)
    {
        var builder = new RuleCatalogBuilder();
        foreach (var rule in rules)
        {
            builder.Add(rule.RuleType, rule.Source);
        }

        return builder.Build();
    }

    private static string KeyOf(IReadOnlyList<RuleSource> rules) =>
        string.Join('\n', rules.Select(rule => rule.Source + "|" + rule.RuleType.AssemblyQualifiedName).Order(StringComparer.Ordinal));
}
