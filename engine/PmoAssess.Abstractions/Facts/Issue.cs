using PmoAssess.Outcomes;

namespace PmoAssess.Facts;

/// <summary>An issue on a project's log: something that has happened and needs action.</summary>
public sealed class Issue : ProjectChild
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Issue;

    /// <summary>What happened.</summary>
    public string? Title { get; init; }

    /// <summary>How urgent it is.</summary>
    public Severity? Priority { get; init; }

    /// <summary>Open or closed.</summary>
    public ItemStatus? Status { get; init; }

    /// <summary>Who resolves it.</summary>
    public string? Owner { get; init; }

    /// <summary>When it was raised.</summary>
    public DateOnly? Raised { get; init; }

    /// <summary>When it was resolved.</summary>
    public DateOnly? Resolved { get; init; }
}
