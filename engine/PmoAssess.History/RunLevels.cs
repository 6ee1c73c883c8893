using PmoAssess.Reporting.Model;

namespace PmoAssess.History;

/// <summary>A recorded run with the level of each category and nothing more: a point on the trend. Immutable.</summary>
public sealed record RunLevels
{
    /// <summary>The run.</summary>
    public required HistoryRun Run { get; init; }

    /// <summary>Its categories, in the methodology's order.</summary>
    public required IReadOnlyList<RecordedCategory> Categories { get; init; }
}
