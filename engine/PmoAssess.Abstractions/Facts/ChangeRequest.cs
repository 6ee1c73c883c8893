namespace PmoAssess.Facts;

/// <summary>A request to change a project's baseline scope, cost or schedule.</summary>
public sealed class ChangeRequest : ProjectChild
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.ChangeRequest;

    /// <summary>What is to change.</summary>
    public string? Title { get; init; }

    /// <summary>Proposed, approved or rejected.</summary>
    public ChangeStatus? Status { get; init; }

    /// <summary>Who decided.</summary>
    public string? Approver { get; init; }

    /// <summary>When it was decided.</summary>
    public DateOnly? Decided { get; init; }

    /// <summary>The change to the budget, in the portfolio's currency.</summary>
    public decimal? CostImpact { get; init; }

    /// <summary>The change to the end date, in days.</summary>
    public int? ScheduleImpactDays { get; init; }
}
