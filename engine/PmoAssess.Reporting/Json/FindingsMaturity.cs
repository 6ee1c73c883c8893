namespace PmoAssess.Reporting.Json;

/// <summary>The maturity picture as a <c>findings.json</c> file records it. Immutable.</summary>
public sealed record FindingsMaturity
{
    /// <summary>The methodology's id, e.g. <c>pmo-functions</c>.</summary>
    public required string MethodologyId { get; init; }

    /// <summary>The methodology's version, if its authors gave one.</summary>
    public string? MethodologyVersion { get; init; }

    /// <summary>The overall level, or <c>null</c> when no category was assessed.</summary>
    public decimal? Overall { get; init; }

    /// <summary>Each category, in the methodology's order.</summary>
    public required IReadOnlyList<FindingsCategory> Categories { get; init; }
}
