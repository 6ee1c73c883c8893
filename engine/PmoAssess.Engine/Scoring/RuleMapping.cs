using System.Text.RegularExpressions;
using PmoAssess.Outcomes;

namespace PmoAssess.Scoring;

/// <summary>
/// One line of a methodology's mapping table: rules chosen by id (or glob), by their category or by a
/// tag, scored under a category of the methodology at a level (or at their own). Immutable.
/// </summary>
internal sealed class RuleMapping
{
    private readonly Regex? _rule;

    public RuleMapping(string? rule, string? ruleCategory, string? tag, string category, int? level)
    {
        _rule = rule is null ? null : Policy.RulePattern.Glob(rule);
        RuleCategory = ruleCategory;
        Tag = tag;
        Category = category;
        Level = level;
    }

    public string? RuleCategory { get; }

    public string? Tag { get; }

    public string Category { get; }

    public int? Level { get; }

    public bool Matches(RuleDescriptor rule) =>
        (_rule?.IsMatch(rule.Id) ?? true)
        && (RuleCategory is null || string.Equals(rule.Category, RuleCategory, StringComparison.Ordinal))
        && (Tag is null || rule.Tags.Contains(Tag, StringComparer.Ordinal));
}
