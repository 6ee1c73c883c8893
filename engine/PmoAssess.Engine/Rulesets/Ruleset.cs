using NRules.RuleModel;
using PmoAssess.Outcomes;

namespace PmoAssess.Rulesets;

/// <summary>
/// A YAML ruleset, checked and compiled: every rule's expressions parsed, sandboxed and bound. Immutable;
/// add it to a <see cref="Rules.RuleCatalogBuilder"/> to run it beside C# plugin rules.
/// </summary>
public sealed class Ruleset
{
    internal Ruleset(string id, string? version, string? description, string file, IReadOnlyList<YamlRule> rules, string? source = null)
    {
        Source = source ?? "ruleset " + id + (version is null ? string.Empty : " " + version);
        Id = id;
        Version = version;
        Description = description;
        File = file;
        CompiledRules = rules;
        Rules = [.. rules.Select(rule => rule.Descriptor)];
    }

    /// <summary>The ruleset's id, e.g. <c>governance</c>.</summary>
    public string Id { get; }

    /// <summary>The version its authors gave it.</summary>
    public string? Version { get; }

    /// <summary>What it covers.</summary>
    public string? Description { get; }

    /// <summary>The file it was read from, as messages name it.</summary>
    public string File { get; }

    /// <summary>Its rules, in file order.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Who supplied its rules, as catalogs and reports name it: <c>ruleset governance 1.0.0</c>.</summary>
    public string Source { get; }

    internal IReadOnlyList<YamlRule> CompiledRules { get; }

    internal IEnumerable<IRuleDefinition> Definitions() => CompiledRules.Select(YamlRuleDefinition.Build);
}
