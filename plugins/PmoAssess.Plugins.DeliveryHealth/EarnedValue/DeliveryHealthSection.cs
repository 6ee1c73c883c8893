using System.Text;
using PmoAssess.Reports;
using static PmoAssess.Plugins.DeliveryHealth.EarnedValue.MeasureText;

namespace PmoAssess.Plugins.DeliveryHealth.EarnedValue;

/// <summary>
/// The report section "Delivery health": the earned-value measures of the projects in execution or closing. First the
/// portfolio taken together (projects measured, total BAC, EAC and VAC, and the cost-weighted CPI and SPI), then the
/// projects with the worst variance at completion. The rules DEL-001 and DEL-002 judge CPI and SPI; this section
/// gives the numbers behind them, and the ones no rule judges alone (EAC, VAC, slip).
/// </summary>
public sealed class DeliveryHealthSection : IReportSection
{
    /// <summary>The most projects the table lists: those with the worst variance at completion.</summary>
    public const int MaximumRows = 20;

    public string Title => "Delivery health";

    public string Render(ReportSectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var measures = PortfolioMeasures.Of(context.Dataset.Projects);
        if (measures.Projects.Count == 0)
        {
            return NothingMeasured(measures.InDelivery);
        }

        var text = new StringBuilder();
        text.Append("Earned value of the ").Append(Projects(measures.Projects.Count))
            .Append(measures.Projects.Count == 1 ? " in execution or closing that reports it." : " in execution or closing that report it.")
            .Append(" CPI = EV / AC and SPI = EV / PV (earned value over actual cost and over planned value); ")
            .Append("below 1 a project has done less work than it has paid for, or than it planned to have done by now. ")
            .Append("EAC (BAC / CPI) is the cost at completion if the rest of the work costs what the work so far did, beside the EAC the project reports; ")
            .Append("VAC = BAC - EAC (BAC / CPI), negative when a project is heading over its budget at completion (BAC). ")
            .Append("Slip is the forecast end date less the baseline end date, in days. ")
            .Append("Money is in the data's currency, rounded to whole units; a dash means a value the measure needs is missing.\n\n");

        text.Append("| Portfolio | Value |\n| --- | ---: |\n")
            .Append("| Projects measured | ").Append(Number(measures.Projects.Count)).Append(" |\n")
            .Append("| Projects not measured (no earned value) | ").Append(Number(measures.NotMeasured)).Append(" |\n")
            .Append("| Total BAC | ").Append(Money(measures.TotalBudgetAtCompletion)).Append(" |\n")
            .Append("| Total EAC (BAC / CPI) | ").Append(Money(measures.TotalEstimateAtCompletion)).Append(" |\n")
            .Append("| Total VAC | ").Append(Money(measures.TotalVarianceAtCompletion)).Append(" |\n")
            .Append("| CPI (ΣEV / ΣAC) | ").Append(Index(measures.CostPerformanceIndex)).Append(" |\n")
            .Append("| SPI (ΣEV / ΣPV) | ").Append(Index(measures.SchedulePerformanceIndex)).Append(" |\n\n");

        text.Append("BAC, EAC and VAC are totalled over the ").Append(Projects(measures.CostedCount)).Append(" with a budget and a CPI, the CPI over the ")
            .Append(Projects(measures.CostIndexCount)).Append(" with EV and AC, and the SPI over the ").Append(Projects(measures.ScheduleIndexCount))
            .Append(" with EV and PV; larger projects weigh more.\n\n");

        var shown = measures.Projects.Take(MaximumRows).ToList();
        var hidden = measures.Projects.Count - shown.Count;
        text.Append(hidden == 0
            ? "Every measured project, the worst VAC first (projects without one last):"
            : "The " + Projects(shown.Count) + " with the worst VAC, worst first; " + Number(hidden) + " more measured " +
              (hidden == 1 ? "project is" : "projects are") + " not shown:");
        text.Append("\n\n| Project | Name | CPI | SPI | BAC | EAC (BAC / CPI) | EAC (reported) | VAC | Slip (days) |\n")
            .Append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var project in shown)
        {
            text.Append("| ").Append(Escaped(project.Project.Id))
                .Append(" | ").Append(Escaped(project.Project.Name))
                .Append(" | ").Append(Index(project.CostPerformanceIndex))
                .Append(" | ").Append(Index(project.SchedulePerformanceIndex))
                .Append(" | ").Append(Money(project.BudgetAtCompletion))
                .Append(" | ").Append(Money(project.EstimateAtCompletion))
                .Append(" | ").Append(Money(project.ReportedEstimateAtCompletion))
                .Append(" | ").Append(Money(project.VarianceAtCompletion))
                .Append(" | ").Append(Days(project.ScheduleSlipDays))
                .Append(" |\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string NothingMeasured(int inDelivery) => inDelivery switch
    {
        0 => "No project is in execution or closing, so there is no earned value to measure.",
        1 => "No project could be measured: the one project in execution or closing reports no earned value.",
        _ => "No project could be measured: none of the " + Number(inDelivery) + " projects in execution or closing reports earned value.",
    };

    private static string Projects(int count) => count == 1 ? "1 project" : Number(count) + " projects";

    // Data goes through MarkdownText.Escape; an empty cell reads as "none" in some viewers and as a broken row in others.
    private static string Escaped(string? text) => string.IsNullOrEmpty(text) ? Missing : MarkdownText.Escape(text);
}
