using NRules.Fluent.Dsl;
using PmoAssess.Outcomes;
using PmoAssess.Plugins.DeliveryHealth;
using PmoAssess.Plugins.Governance;
using PmoAssess.Rules;
using PmoAssess.Rulesets;
using PmoAssess.Scoring;

namespace PmoAssess.Benchmarks;

/// <summary>
/// The rules <c>pmoassess assess</c> runs by default: the governance and delivery-health plugins' C# rules and the YAML rulesets under
/// <c>rulesets/</c>, compiled as the CLI compiles them (one catalog), here without loading the plugin from disk.
/// </summary>
internal static class BuiltInRules
{
    private static readonly Lazy<RuleCatalogBuilder> Builder = new(Create);

    /// <summary>The repository's root, found from the running assembly's folder upwards.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Every built-in rule, compiled.</summary>
    public static RuleCatalog All() => Builder.Value.Build();

    /// <summary>Only the rules <paramref name="include"/> chooses, compiled.</summary>
    public static RuleCatalog Only(Func<RuleDescriptor, bool> include) => Builder.Value.Build(include);

    /// <summary>The default methodology, as the CLI scores with it.</summary>
    public static Methodology Methodology() =>
        MethodologyLoader.Find(MethodologyLoader.DefaultId, Path.Combine(RepositoryRoot, "rulesets", "methodologies"));

    private static RuleCatalogBuilder Create()
    {
        var builder = new RuleCatalogBuilder();
        builder.Add(RulesOf(typeof(GovernancePlugin)), "pmoassess.governance");
        builder.Add(RulesOf(typeof(DeliveryHealthPlugin)), "pmoassess.delivery-health");
        foreach (var ruleset in RulesetLoader.Load([Path.Combine(RepositoryRoot, "rulesets")]))
        {
            builder.Add(ruleset);
        }

        return builder;
    }

    private static IEnumerable<Type> RulesOf(Type plugin) => plugin.Assembly.GetExportedTypes()
        .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(Rule).IsAssignableFrom(type))
        .OrderBy(type => type.FullName, StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PmoAssess.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("PmoAssess.sln not found above the benchmark's folder. Folder=" + AppContext.BaseDirectory);
    }
}
