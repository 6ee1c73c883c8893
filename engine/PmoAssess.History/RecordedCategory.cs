namespace PmoAssess.History;

/// <summary>One maturity category of a recorded run: the level it reached. Immutable.</summary>
public sealed record RecordedCategory
{
    /// <summary>The category's id, e.g. <c>governance</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Its name as reports show it.</summary>
    public required string Name { get; init; }

    /// <summary>The level reached (0 is "not yet level 1"), or <c>null</c> when nothing scored under it applied.</summary>
    public int? Level { get; init; }

    /// <summary>The level aimed for, if a target was set.</summary>
    public int? Target { get; init; }
}
