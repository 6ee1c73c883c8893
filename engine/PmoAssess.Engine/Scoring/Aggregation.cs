namespace PmoAssess.Scoring;

/// <summary>How category levels combine into the overall level.</summary>
public enum Aggregation
{
    /// <summary>The lowest category level, as P3M3 certification does.</summary>
    Weakest,

    /// <summary>The average of the category levels, as New Zealand Treasury does.</summary>
    Mean,

    /// <summary>The weighted average of the category levels.</summary>
    Weighted,
}
