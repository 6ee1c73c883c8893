namespace PmoAssess.Facts;

/// <summary>An answer the organisation gave about its PMO itself (from a questionnaire or interview).</summary>
public sealed class OrganisationEvidence : Fact
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Organisation;

    /// <summary>The category the question belongs to, e.g. <c>governance</c>.</summary>
    public string? Category { get; init; }

    /// <summary>The question asked.</summary>
    public string? Question { get; init; }

    /// <summary>The answer given.</summary>
    public string? Answer { get; init; }

    /// <summary>Supporting notes, e.g. where the evidence was seen.</summary>
    public string? Note { get; init; }
}
