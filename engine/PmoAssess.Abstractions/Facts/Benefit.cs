namespace PmoAssess.Facts;

/// <summary>A benefit a project is expected to deliver.</summary>
public sealed class Benefit : ProjectChild
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Benefit;

    /// <summary>What the benefit is.</summary>
    public string? Description { get; init; }

    /// <summary>Who is accountable for realising it.</summary>
    public string? Owner { get; init; }

    /// <summary>How it is measured.</summary>
    public string? Measure { get; init; }

    /// <summary>The target value of the measure.</summary>
    public decimal? Target { get; init; }

    /// <summary>When it should be realised.</summary>
    public DateOnly? Due { get; init; }
}
