namespace PmoAssess.Facts;

/// <summary>A project milestone with its baseline, forecast and actual dates.</summary>
public sealed class Milestone : ProjectChild
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Milestone;

    /// <summary>The milestone's name.</summary>
    public string? Name { get; init; }

    /// <summary>The date in the baseline plan.</summary>
    public DateOnly? BaselineDate { get; init; }

    /// <summary>The current forecast date.</summary>
    public DateOnly? ForecastDate { get; init; }

    /// <summary>When it was actually reached, if it has been.</summary>
    public DateOnly? ActualDate { get; init; }
}
