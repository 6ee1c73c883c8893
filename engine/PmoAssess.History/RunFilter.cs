namespace PmoAssess.History;

/// <summary>Which runs a query of the run table returns, and in which order.</summary>
internal sealed record RunFilter
{
    /// <summary>Only this engagement's runs; every engagement's when <c>null</c>.</summary>
    public string? Engagement { get; init; }

    /// <summary>Only runs as of this date or earlier; they then come in the order of their dates, then of their ids.</summary>
    public DateOnly? AsOfAtMost { get; init; }

    /// <summary>At most this many runs.</summary>
    public int? Limit { get; init; }

    public bool NewestFirst { get; init; }
}
