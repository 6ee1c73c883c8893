namespace PmoAssess.Reporting.Model;

/// <summary>The maturity level of one category in the earlier run and in the later one. Immutable.</summary>
public sealed record LevelChange
{
    /// <summary>The category's id, e.g. <c>governance</c>: levels are matched by id.</summary>
    public required string CategoryId { get; init; }

    /// <summary>The category's name in the later run.</summary>
    public required string Category { get; init; }

    /// <summary>The level in the earlier run; <c>null</c> when it was not assessed, or not comparable (another methodology).</summary>
    public int? Before { get; init; }

    /// <summary>The level in the later run; <c>null</c> when it was not assessed.</summary>
    public int? After { get; init; }

    /// <summary>How many levels it moved (negative: down), when both runs assessed it.</summary>
    public int? Change => Before is { } before && After is { } after ? after - before : null;

    /// <summary>Whether the category fell to a lower level.</summary>
    public bool IsRegression => Change < 0;
}
