namespace PmoAssess.Generation;

/// <summary>What <see cref="PortfolioGenerator"/> writes: how many projects, from which seed, as of which date.</summary>
public sealed record GenerationOptions
{
    /// <summary>The assessment date the data is realistic for, unless another is given: the Contoso sample's.</summary>
    public static readonly DateOnly DefaultAsOf = new(2026, 9, 30);

    /// <summary>How many projects to write (at least 1).</summary>
    public required int Projects { get; init; }

    /// <summary>The seed: the same seed and options give the same bytes.</summary>
    public long Seed { get; init; }

    /// <summary>The date the data is written for: report ages, slips and due dates are counted from it.</summary>
    public DateOnly AsOf { get; init; } = DefaultAsOf;

    /// <summary>How many projects each portfolio holds, about; the portfolio count follows from it.</summary>
    public int ProjectsPerPortfolio { get; init; } = 500;

    /// <summary>The number of portfolios written.</summary>
    public int Portfolios => Math.Max(1, (Projects + ProjectsPerPortfolio - 1) / ProjectsPerPortfolio);
}
