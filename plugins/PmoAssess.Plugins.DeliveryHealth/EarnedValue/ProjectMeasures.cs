using PmoAssess.Facts;

namespace PmoAssess.Plugins.DeliveryHealth.EarnedValue;

/// <summary>
/// One project's earned-value measures. Each is <c>null</c> when a value it needs is missing (or would divide by
/// zero), so the report can show a dash for that measure and still show the others.
/// </summary>
internal sealed class ProjectMeasures
{
    private ProjectMeasures(Project project, decimal earned)
    {
        Project = project;
        EarnedValue = earned;
        ActualCost = project.ActualCost;
        PlannedValue = project.PlannedValue;
        BudgetAtCompletion = project.BudgetAtCompletion;
        CostPerformanceIndex = project.CostPerformanceIndex;
        SchedulePerformanceIndex = project.SchedulePerformanceIndex;
        ReportedEstimateAtCompletion = project.EstimateAtCompletion;

        // BAC / CPI, written as BAC * AC / EV so that no precision is lost to the rounded quotient EV / AC.
        // A CPI of zero (nothing earned) would make the estimate infinite: then there is none.
        if (BudgetAtCompletion is { } budget && ActualCost is { } actual && actual != 0 && earned != 0)
        {
            EstimateAtCompletion = budget * actual / earned;
            VarianceAtCompletion = budget - EstimateAtCompletion;
        }

        if (project.BaselineEnd is { } baselineEnd && project.ForecastEnd is { } forecastEnd)
        {
            ScheduleSlipDays = forecastEnd.DayNumber - baselineEnd.DayNumber;
        }
    }

    public Project Project { get; }

    public decimal EarnedValue { get; }

    public decimal? ActualCost { get; }

    public decimal? PlannedValue { get; }

    public decimal? BudgetAtCompletion { get; }

    /// <summary>EV / AC.</summary>
    public decimal? CostPerformanceIndex { get; }

    /// <summary>EV / PV.</summary>
    public decimal? SchedulePerformanceIndex { get; }

    /// <summary>The performance-based estimate at completion, BAC / CPI: what the project costs if the rest of its work costs what the work so far did.</summary>
    public decimal? EstimateAtCompletion { get; }

    /// <summary>The estimate at completion the project reports itself.</summary>
    public decimal? ReportedEstimateAtCompletion { get; }

    /// <summary>BAC - EAC (performance-based): negative when the project is heading over budget.</summary>
    public decimal? VarianceAtCompletion { get; }

    /// <summary>Forecast end less baseline end, in days: positive when late.</summary>
    public int? ScheduleSlipDays { get; }

    /// <summary>Whether earned value is measured for the project at all: it is in delivery (execution or closing).</summary>
    public static bool InDelivery(Project project) => project.Stage is LifecycleStage.Execution or LifecycleStage.Closing;

    /// <summary>The measures of a project in delivery, or <c>null</c> when it reports no earned value.</summary>
    public static ProjectMeasures? Of(Project project) =>
        project.EarnedValue is { } earned ? new ProjectMeasures(project, earned) : null;
}
