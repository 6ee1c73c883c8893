namespace PmoAssess.History;

/// <summary>Which runs a query of the run table returns, and in which order.</summary>
internal sealed record RunFilter
{
    /// <summary>Only this engagement's runs; every engagement's when <c>null</c>.</summary>
    public string? Engagement { get; init; }

    /// <summary>Whether only runs scored under <see cref="MethodologyId"/> (which may be <c>null</c>: none) are returned.</summary>
    public bool ByMethodology { get; init; }

    public string? MethodologyId { get; init; }

    /// <summary>At most this many runs.</summary>
    public int? Limit { get; init; }

    public bool NewestFirst { get; init; }
}
