namespace PmoAssess.Scoring;

/// <summary>One step of the roadmap: a rule to meet, or a step of setting up the PMO itself.</summary>
public sealed record RoadmapStep
{
    /// <summary>What to do.</summary>
    public required string Action { get; init; }

    /// <summary>Why, or how: the rule's remediation, or the step's explanation.</summary>
    public string? Detail { get; init; }

    /// <summary>The rule this step meets, when it is one.</summary>
    public RuleScore? Rule { get; init; }
}
