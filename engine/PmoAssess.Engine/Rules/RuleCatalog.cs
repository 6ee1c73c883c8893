using NRules;
using PmoAssess.Facts;
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

    internal RuleCatalog(ISessionFactory factory, IReadOnlyList<RegisteredRule> rules, bool judgesOneFactAtATime = false)
    {
        Factory = factory;
        Rules = rules;
        JudgesOneFactAtATime = judgesOneFactAtATime;
        _byId = rules.ToDictionary(rule => rule.Descriptor.Id, rule => rule.Descriptor, StringComparer.Ordinal);
    }

    /// <summary>The rules, ordered by id.</summary>
    public IReadOnlyList<RegisteredRule> Rules { get; }

    internal ISessionFactory Factory { get; }

    /// <summary>
    /// Whether every rule matches one fact at a time (one pattern, no joins, aggregates or groups), so that facts can be
    /// split between sessions without any rule missing a match: then an assessment runs sessions on all cores.
    /// </summary>
    internal bool JudgesOneFactAtATime { get; }

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

    /// <summary>
    /// Decides again on one subject, for a rule whose verdict follows from the subject and the date alone (a ruleset
    /// rule, or a plugin's <see cref="SubjectRule{TSubject}"/>); <c>null</c> otherwise. Such a rule's plain passes are
    /// kept as a mark and their evidence made again when read: passes are most of a large assessment's outcomes, and few
    /// outputs list them.
    /// </summary>
    internal Func<Fact, DateOnly, Verdict?>? Redecide { get; init; }

    /// <summary>
    /// Makes again the message of the rule's failure on one subject, without deciding it again or gathering its evidence;
    /// <c>null</c> for a rule that can only decide again whole (<see cref="Redecide"/>).
    /// </summary>
    internal Func<Fact, DateOnly, string?>? FailureMessage { get; init; }

    /// <summary>
    /// For a rule whose NRules rule fires only on the subjects that need attention (a ruleset rule over projects or
    /// their records): whether a subject it did not fire on passes; the others are not applicable. Asked only of
    /// subjects it did not fire on. <c>null</c> for a rule that fires on every subject it applies to.
    /// </summary>
    internal Func<Fact, DateOnly, bool>? PassesUnfired { get; init; }
}
