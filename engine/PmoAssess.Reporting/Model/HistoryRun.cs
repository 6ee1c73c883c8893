namespace PmoAssess.Reporting.Model;

/// <summary>One assessment as the history store recorded it, in brief: what a run list or a comparison names. Immutable.</summary>
public sealed record HistoryRun
{
    /// <summary>The run's id in its store, or <c>null</c> for an assessment that could not be recorded.</summary>
    public long? Id { get; init; }

    /// <summary>When the run was recorded, by the injected clock (UTC).</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>The date the assessment was made as of.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The engagement assessed (the assessed folder's name): runs are compared within one engagement.</summary>
    public required string Engagement { get; init; }

    /// <summary>The version of PmoAssess that made the run.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>The methodology's id, when the run was scored under one.</summary>
    public string? MethodologyId { get; init; }

    /// <summary>The methodology's version, if its authors gave one.</summary>
    public string? MethodologyVersion { get; init; }

    /// <summary>The overall maturity level, or <c>null</c> when none was assessed.</summary>
    public decimal? Overall { get; init; }

    /// <summary>How many findings the run had: those that count, waived and baselined alike.</summary>
    public required int Findings { get; init; }

    /// <summary>Whether the run's gate passed; <c>null</c> when the store does not know (runs recorded before schema version 2).</summary>
    public bool? GatePassed { get; init; }
}
