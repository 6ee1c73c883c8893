using NRules;
using PmoAssess.Outcomes;

namespace PmoAssess.Rules;

/// <summary>
/// A compiled set of rules: one NRules session factory and the descriptor of every rule in it.
/// Frozen once built and safe to share across threads; create one per rule set, then any number
/// of assessments (sessions) from it.
/// </summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<string, RuleDescriptor> _byId;

    internal RuleCatalog(ISessionFactory factory, IReadOnlyList<RegisteredRule> rules)
    {
        Factory = factory;
        Rules = rules;
        _byId = rules.ToDictionary(rule => rule.Descriptor.Id, rule => rule.Descriptor, StringComparer.Ordinal);
    }

    /// <summary>The rules, ordered by id.</summary>
    public IReadOnlyList<RegisteredRule> Rules { get; }

    internal ISessionFactory Factory { get; }

    /// <summary>The descriptor of a rule by id.</summary>
    /// <exception cref="InvalidOperationException">No rule has that id.</exception>
    public RuleDescriptor this[string ruleId] =>
        _byId.TryGetValue(ruleId, out var descriptor)
            ? descriptor
            : throw new InvalidOperationException("The catalog has no such rule. Rule=" + ruleId);
}

/// <summary>A rule in a catalog and where it came from.</summary>
public sealed record RegisteredRule
{
    /// <summary>What the rule is.</summary>
    public required RuleDescriptor Descriptor { get; init; }

    /// <summary>Who supplied it: a plugin id or a ruleset file.</summary>
    public required string Source { get; init; }
}
