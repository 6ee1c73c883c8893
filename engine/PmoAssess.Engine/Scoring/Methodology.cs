using PmoAssess.Outcomes;

namespace PmoAssess.Scoring;

/// <summary>
/// A maturity methodology: the categories it grades, its levels, how a rule's coverage counts, how
/// categories combine, which rules score where, and the questions data cannot answer. Built by
/// <see cref="MethodologyLoader"/>; immutable and safe to share.
/// </summary>
public sealed class Methodology
{
    internal Methodology(IReadOnlyList<RuleMapping> mapping) => Mapping = mapping;

    /// <summary>Its id, e.g. <c>pmo-functions</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Its name as reports show it.</summary>
    public required string Name { get; init; }

    /// <summary>The version its authors gave it.</summary>
    public string? Version { get; init; }

    /// <summary>What it grades and how.</summary>
    public string? Description { get; init; }

    /// <summary>A notice reports print with it, such as a trade mark notice.</summary>
    public string? Notice { get; init; }

    /// <summary>How category levels combine.</summary>
    public required Aggregation Aggregation { get; init; }

    /// <summary>The share of a rule's assessed subjects that must pass for the rule to count as met.</summary>
    public required decimal Coverage { get; init; }

    /// <summary>Its levels, lowest first.</summary>
    public required IReadOnlyList<MaturityLevel> Levels { get; init; }

    /// <summary>Its categories, in the order reports show them.</summary>
    public required IReadOnlyList<MethodologyCategory> Categories { get; init; }

    /// <summary>Its questions.</summary>
    public IReadOnlyList<MethodologyQuestion> Questions { get; init; } = [];

    /// <summary>The file it was read from, as messages name it.</summary>
    public required string File { get; init; }

    internal IReadOnlyList<RuleMapping> Mapping { get; }

    /// <summary>The highest level.</summary>
    public int TopLevel => Levels.Max(level => level.Level);

    /// <summary>Where a rule is scored: the first mapping line that matches it, else its own category and level if this methodology has that category.</summary>
    public (string Category, int Level)? Place(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (Questions.FirstOrDefault(question => question.Id == rule.Id) is { } question)
        {
            return (question.Category, question.Level);
        }

        // A rule's own level may be above this methodology's top level: it then counts at the top.
        if (Mapping.FirstOrDefault(line => line.Matches(rule)) is { } mapping)
        {
            return (mapping.Category, Math.Min(mapping.Level ?? rule.MaturityLevel ?? 1, TopLevel));
        }

        return Categories.Any(category => category.Id == rule.Category) ? (rule.Category, Math.Min(rule.MaturityLevel ?? 1, TopLevel)) : null;
    }

    /// <summary>The name of a level, e.g. "Managed".</summary>
    public string LevelName(int level) => Levels.FirstOrDefault(candidate => candidate.Level == level)?.Name ?? (level == 0 ? "Not yet level 1" : "Level " + level);
}
