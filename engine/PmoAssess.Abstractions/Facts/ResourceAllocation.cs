namespace PmoAssess.Facts;

/// <summary>A person's allocation to a project over a period.</summary>
public sealed class ResourceAllocation : ProjectChild
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Allocation;

    /// <summary>Who is allocated.</summary>
    public string? Person { get; init; }

    /// <summary>In what role.</summary>
    public string? Role { get; init; }

    /// <summary>The share of their time, in percent.</summary>
    public decimal? Percent { get; init; }

    /// <summary>When the allocation starts.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>When it ends.</summary>
    public DateOnly? End { get; init; }
}
