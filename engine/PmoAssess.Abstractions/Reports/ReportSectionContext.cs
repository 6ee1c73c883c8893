using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Reports;

/// <summary>What a report section can draw on: the data assessed, every outcome and the findings that count.</summary>
public sealed class ReportSectionContext
{
    /// <summary>The date the assessment was made as of.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The data assessed.</summary>
    public required PortfolioDataset Dataset { get; init; }

    /// <summary>Every outcome of every rule on every subject.</summary>
    public required IReadOnlyList<RuleOutcome> Outcomes { get; init; }

    /// <summary>The findings that count (not waived or baselined), most severe first.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }
}
