using PmoAssess.Facts;

namespace PmoAssess.Reporting.Model;

/// <summary>An assessed project as a report names it: for the per-project scorecard.</summary>
public sealed record ReportProject
{
    /// <summary>The project's id, e.g. <c>PRJ-003</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The project's name, if the data gave one.</summary>
    public string? Name { get; init; }

    /// <summary>The life-cycle stage, if known.</summary>
    public LifecycleStage? Stage { get; init; }

    /// <summary>The portfolio it belongs to, if known.</summary>
    public string? PortfolioId { get; init; }
}
