using PmoAssess.Outcomes;

namespace PmoAssess.Facts;

/// <summary>A risk on a project's register.</summary>
public sealed class Risk : ProjectChild
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Risk;

    /// <summary>What might happen.</summary>
    public string? Title { get; init; }

    /// <summary>The assessed severity (probability and impact combined).</summary>
    public Severity? Severity { get; init; }

    /// <summary>Open or closed.</summary>
    public ItemStatus? Status { get; init; }

    /// <summary>Who manages the risk.</summary>
    public string? Owner { get; init; }

    /// <summary>The planned response.</summary>
    public string? Mitigation { get; init; }

    /// <summary>When the risk was last reviewed.</summary>
    public DateOnly? LastReviewed { get; init; }
}
