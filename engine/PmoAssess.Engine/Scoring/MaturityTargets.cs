namespace PmoAssess.Scoring;

/// <summary>The level aimed for: one for every category, and any per category (a policy file sets those).</summary>
public sealed record MaturityTargets
{
    /// <summary>No target: the roadmap then leads to each category's next level.</summary>
    public static MaturityTargets None { get; } = new();

    /// <summary>The target of every category without one of its own.</summary>
    public int? Default { get; init; }

    /// <summary>Targets by category id.</summary>
    public IReadOnlyDictionary<string, int> ByCategory { get; init; } = new Dictionary<string, int>();

    /// <summary>The target of a category, if any.</summary>
    public int? For(string categoryId) => ByCategory.TryGetValue(categoryId, out var target) ? target : Default;
}
