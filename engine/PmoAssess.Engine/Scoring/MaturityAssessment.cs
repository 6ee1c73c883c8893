using PmoAssess.Outcomes;

namespace PmoAssess.Scoring;

/// <summary>The maturity picture of one assessment under one methodology. Immutable.</summary>
public sealed record MaturityAssessment
{
    /// <summary>The methodology it was scored under.</summary>
    public required Methodology Methodology { get; init; }

    /// <summary>Each category, in the methodology's order.</summary>
    public required IReadOnlyList<CategoryScore> Categories { get; init; }

    /// <summary>The overall level by the methodology's aggregation (to one decimal for mean and weighted), or <c>null</c> when no category was assessed.</summary>
    public required decimal? Overall { get; init; }

    /// <summary>Rules the methodology does not score.</summary>
    public required IReadOnlyList<RuleDescriptor> Unscored { get; init; }

    /// <summary>What to do next: the steps towards the target, in order.</summary>
    public required IReadOnlyList<RoadmapStep> Roadmap { get; init; }
}
