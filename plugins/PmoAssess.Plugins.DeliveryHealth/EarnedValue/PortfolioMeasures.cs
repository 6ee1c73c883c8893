using PmoAssess.Facts;

namespace PmoAssess.Plugins.DeliveryHealth.EarnedValue;

/// <summary>
/// The earned-value measures of every project in delivery, and their totals. Each total is taken over the projects
/// that have the values it needs, and says how many those are: a project missing its actual cost still counts
/// towards the SPI.
/// </summary>
internal sealed class PortfolioMeasures
{
    private PortfolioMeasures(int inDelivery, List<ProjectMeasures> measured)
    {
        InDelivery = inDelivery;

        // Worst (most negative) VAC first, ties by id; projects whose VAC is unknown cannot be ranked, so they come last, by id.
        Projects = [.. measured
            .OrderBy(project => project.VarianceAtCompletion is null)
            .ThenBy(project => project.VarianceAtCompletion)
            .ThenBy(project => project.Project.Id, StringComparer.Ordinal)];

        var costed = measured.Where(project => project.VarianceAtCompletion is not null).ToList();
        CostedCount = costed.Count;
        TotalBudgetAtCompletion = costed.Sum(project => project.BudgetAtCompletion!.Value);
        TotalEstimateAtCompletion = costed.Sum(project => project.EstimateAtCompletion!.Value);
        TotalVarianceAtCompletion = TotalBudgetAtCompletion - TotalEstimateAtCompletion;

        var withCost = measured.Where(project => project.ActualCost is not null).ToList();
        CostIndexCount = withCost.Count;
        CostPerformanceIndex = Ratio(withCost.Sum(project => project.EarnedValue), withCost.Sum(project => project.ActualCost!.Value));

        var withPlan = measured.Where(project => project.PlannedValue is not null).ToList();
        ScheduleIndexCount = withPlan.Count;
        SchedulePerformanceIndex = Ratio(withPlan.Sum(project => project.EarnedValue), withPlan.Sum(project => project.PlannedValue!.Value));
    }

    /// <summary>Projects in execution or closing, whether or not they report earned value.</summary>
    public int InDelivery { get; }

    /// <summary>The projects in delivery that report earned value, worst VAC first.</summary>
    public IReadOnlyList<ProjectMeasures> Projects { get; }

    /// <summary>Projects in delivery that report no earned value.</summary>
    public int NotMeasured => InDelivery - Projects.Count;

    /// <summary>How many projects the money totals cover: those with a performance-based EAC (BAC, EV and a non-zero AC and EV).</summary>
    public int CostedCount { get; }

    public decimal TotalBudgetAtCompletion { get; }

    public decimal TotalEstimateAtCompletion { get; }

    public decimal TotalVarianceAtCompletion { get; }

    /// <summary>How many projects the CPI covers: those with EV and AC.</summary>
    public int CostIndexCount { get; }

    /// <summary>ΣEV / ΣAC: the CPI of the projects taken together, so that large projects weigh more than small ones.</summary>
    public decimal? CostPerformanceIndex { get; }

    /// <summary>How many projects the SPI covers: those with EV and PV.</summary>
    public int ScheduleIndexCount { get; }

    /// <summary>ΣEV / ΣPV.</summary>
    public decimal? SchedulePerformanceIndex { get; }

    public static PortfolioMeasures Of(IEnumerable<Project> projects)
    {
        var inDelivery = projects.Where(ProjectMeasures.InDelivery).ToList();
        return new PortfolioMeasures(inDelivery.Count, [.. inDelivery.Select(ProjectMeasures.Of).OfType<ProjectMeasures>()]);
    }

    private static decimal? Ratio(decimal numerator, decimal denominator) => denominator == 0 ? null : numerator / denominator;
}
