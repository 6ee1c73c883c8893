namespace PmoAssess.Facts;

/// <summary>
/// A project with its registers attached. Child records hang off the project rather than being
/// joined in the rule engine, because NRules joins are nested loops (see DESIGN.md).
/// </summary>
public sealed class Project : Fact
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Project;

    /// <summary>The project's name.</summary>
    public string? Name { get; init; }

    /// <summary>The id of the portfolio it belongs to.</summary>
    public string? PortfolioId { get; init; }

    /// <summary>The programme it belongs to, if any.</summary>
    public string? Programme { get; init; }

    /// <summary>The life-cycle stage.</summary>
    public LifecycleStage? Stage { get; init; }

    /// <summary>The senior responsible owner or sponsor.</summary>
    public string? Sponsor { get; init; }

    /// <summary>The project manager.</summary>
    public string? Manager { get; init; }

    /// <summary>The baseline start date.</summary>
    public DateOnly? BaselineStart { get; init; }

    /// <summary>The baseline end date.</summary>
    public DateOnly? BaselineEnd { get; init; }

    /// <summary>The forecast end date.</summary>
    public DateOnly? ForecastEnd { get; init; }

    /// <summary>Budget at completion (BAC).</summary>
    public decimal? BudgetAtCompletion { get; init; }

    /// <summary>Actual cost to date (AC).</summary>
    public decimal? ActualCost { get; init; }

    /// <summary>Earned value to date (EV).</summary>
    public decimal? EarnedValue { get; init; }

    /// <summary>Planned value to date (PV).</summary>
    public decimal? PlannedValue { get; init; }

    /// <summary>Estimate at completion (EAC).</summary>
    public decimal? EstimateAtCompletion { get; init; }

    /// <summary>The delivery confidence assessment (RAG).</summary>
    public DeliveryConfidence? DeliveryConfidence { get; init; }

    /// <summary>The date of the last status report.</summary>
    public DateOnly? LastStatusReport { get; init; }

    /// <summary>Whether the project charter (or mandate) has been approved.</summary>
    public bool? CharterApproved { get; init; }

    /// <summary>Whether the business case has been approved.</summary>
    public bool? BusinessCaseApproved { get; init; }

    /// <summary>Columns the client's data has beyond the canonical ones, by their canonical (snake_case) name.</summary>
    public IReadOnlyDictionary<string, string> CustomFields { get; init; } = new Dictionary<string, string>();

    /// <summary>The risk register.</summary>
    public IReadOnlyList<Risk> Risks { get; init; } = [];

    /// <summary>The issue log.</summary>
    public IReadOnlyList<Issue> Issues { get; init; } = [];

    /// <summary>Change requests against the baseline.</summary>
    public IReadOnlyList<ChangeRequest> Changes { get; init; } = [];

    /// <summary>Milestones.</summary>
    public IReadOnlyList<Milestone> Milestones { get; init; } = [];

    /// <summary>Stage gate decisions.</summary>
    public IReadOnlyList<StageGate> Gates { get; init; } = [];

    /// <summary>Expected benefits.</summary>
    public IReadOnlyList<Benefit> Benefits { get; init; } = [];

    /// <summary>People allocated to the project.</summary>
    public IReadOnlyList<ResourceAllocation> Allocations { get; init; } = [];

    /// <summary>Whether the project is live (any stage but closed). Unknown stage counts as not active.</summary>
    public bool IsActive => Stage is not null and not LifecycleStage.Closed;

    /// <summary>Cost performance index EV / AC, or <c>null</c> when either is missing or AC is zero.</summary>
    public decimal? CostPerformanceIndex => Ratio(EarnedValue, ActualCost);

    /// <summary>Schedule performance index EV / PV, or <c>null</c> when either is missing or PV is zero.</summary>
    public decimal? SchedulePerformanceIndex => Ratio(EarnedValue, PlannedValue);

    private static decimal? Ratio(decimal? numerator, decimal? denominator) =>
        numerator is { } n && denominator is { } d && d != 0 ? n / d : null;
}
