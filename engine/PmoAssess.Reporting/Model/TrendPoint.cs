namespace PmoAssess.Reporting.Model;

/// <summary>One run on the trend of category levels. Immutable.</summary>
public sealed record TrendPoint
{
    /// <summary>The run.</summary>
    public required HistoryRun Run { get; init; }

    /// <summary>
    /// The level of each category of <see cref="HistoryComparison.Levels"/>, in that order; <c>null</c> where the run
    /// did not assess the category.
    /// </summary>
    public required IReadOnlyList<int?> Levels { get; init; }
}
