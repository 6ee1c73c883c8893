namespace PmoAssess.Scoring;

/// <summary>The maturity of one category: the level it reached, why not higher, and how far from its target.</summary>
public sealed record CategoryScore
{
    /// <summary>The category.</summary>
    public required MethodologyCategory Category { get; init; }

    /// <summary>The level reached (0 is "not yet level 1"), or <c>null</c> when nothing scored under it applies to the data.</summary>
    public required int? Level { get; init; }

    /// <summary>The level aimed for, if a target was set.</summary>
    public int? Target { get; init; }

    /// <summary>How many levels short of the target it is (0 when reached), if a target was set and the category was assessed.</summary>
    public int? Gap => Target is { } target && Level is { } level ? Math.Max(0, target - level) : null;

    /// <summary>Every rule scored under it, by level then id.</summary>
    public required IReadOnlyList<RuleScore> Rules { get; init; }

    /// <summary>The rules that keep it from its next level: the unmet and unknown ones of the lowest blocked level above the one reached.</summary>
    public required IReadOnlyList<RuleScore> Blockers { get; init; }
}
