namespace PmoAssess.Facts;

/// <summary>A portfolio: a set of projects managed together towards strategic objectives.</summary>
public sealed class Portfolio : Fact
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Portfolio;

    /// <summary>The portfolio's name.</summary>
    public string? Name { get; init; }

    /// <summary>The portfolio's accountable owner.</summary>
    public string? Owner { get; init; }

    /// <summary>
    /// The projects that belong to it. Attached to the portfolio, as a project's registers are to the
    /// project, so that population rules read them without a join in the rule engine.
    /// </summary>
    public IReadOnlyList<Project> Projects { get; init; } = [];
}
