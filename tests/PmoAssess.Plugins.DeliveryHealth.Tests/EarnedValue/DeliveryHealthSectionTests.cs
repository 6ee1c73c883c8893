using System.Globalization;
using PmoAssess.Facts;
using PmoAssess.Import;
using PmoAssess.Plugins.DeliveryHealth.EarnedValue;
using PmoAssess.Reports;
using PmoAssess.Tests;

namespace PmoAssess.Plugins.DeliveryHealth.Tests.EarnedValue;

public sealed class DeliveryHealthSectionTests
{
    [Fact]
    public void Render_SmallPortfolio_WritesTheSummaryAndTheProjectsWorstVacFirst()
    {
        Project[] projects =
        [
            // Earned value but no actual cost: CPI, EAC and VAC unknown, so it is ranked last.
            new() { Id = "P-3", Name = "Delta", Stage = LifecycleStage.Execution, BudgetAtCompletion = 600m, EarnedValue = 300m, PlannedValue = 300m },
            // VAC -100, like P-0: the tie goes by id, so P-0 first. No name, no planned value, no dates.
            new() { Id = "P-7", Stage = LifecycleStage.Execution, BudgetAtCompletion = 100m, ActualCost = 200m, EarnedValue = 100m },
            // CPI 0.8999 reads 0.89, as DEL-001 says; EAC 20000 / 0.8999 = 22224.69; finished early (slip -10).
            new()
            {
                Id = "P-2", Name = "Beta | Gamma", Stage = LifecycleStage.Closing, BudgetAtCompletion = 20000m, ActualCost = 10000m, EarnedValue = 8999m,
                PlannedValue = 9000m, EstimateAtCompletion = 21000m, BaselineEnd = new DateOnly(2026, 10, 1), ForecastEnd = new DateOnly(2026, 9, 21),
            },
            // EAC 1000 * 700 / 300 = 2333.33; 30 days late.
            new()
            {
                Id = "P-1", Name = "Alpha_1", Stage = LifecycleStage.Execution, BudgetAtCompletion = 1000m, ActualCost = 700m, EarnedValue = 300m,
                PlannedValue = 400m, EstimateAtCompletion = 1100m, BaselineEnd = new DateOnly(2026, 12, 31), ForecastEnd = new DateOnly(2027, 1, 30),
            },
            new() { Id = "P-0", Name = "Zeta", Stage = LifecycleStage.Execution, BudgetAtCompletion = 300m, ActualCost = 200m, EarnedValue = 150m, PlannedValue = 150m },
            // In execution with no earned value: not measured.
            new() { Id = "P-4", Name = "Epsilon", Stage = LifecycleStage.Execution, BudgetAtCompletion = 5000m },
            // Not in delivery: earned value in planning, and a closed project, are left out.
            new() { Id = "P-5", Stage = LifecycleStage.Planning, BudgetAtCompletion = 900m, ActualCost = 100m, EarnedValue = 10m, PlannedValue = 10m },
            new() { Id = "P-6", Stage = LifecycleStage.Closed, BudgetAtCompletion = 900m, ActualCost = 100m, EarnedValue = 10m, PlannedValue = 10m },
        ];

        var markdown = Render(projects);

        // Totals over P-0, P-1, P-2, P-7: BAC 300 + 1000 + 20000 + 100 = 21400; EAC 400 + 2333.33 + 22224.69 + 200 = 25158.03;
        // CPI (150 + 300 + 8999 + 100) / (200 + 700 + 10000 + 200) = 0.860; SPI over P-0, P-1, P-2, P-3: 9749 / 9850 = 0.990.
        markdown.ShouldBe(
            "Earned value of the 5 projects in execution or closing that report it. CPI = EV / AC and SPI = EV / PV (earned value over actual cost and over planned value); " +
            "below 1 a project has done less work than it has paid for, or than it planned to have done by now. " +
            "EAC (BAC / CPI) is the cost at completion if the rest of the work costs what the work so far did, beside the EAC the project reports; " +
            "VAC = BAC - EAC (BAC / CPI), negative when a project is heading over its budget at completion (BAC). " +
            "Slip is the forecast end date less the baseline end date, in days. " +
            "Money is in the data's currency, rounded to whole units; a dash means a value the measure needs is missing.\n" +
            "\n" +
            "| Portfolio | Value |\n" +
            "| --- | ---: |\n" +
            "| Projects measured | 5 |\n" +
            "| Projects not measured (no earned value) | 1 |\n" +
            "| Total BAC | 21,400 |\n" +
            "| Total EAC (BAC / CPI) | 25,158 |\n" +
            "| Total VAC | -3,758 |\n" +
            "| CPI (ΣEV / ΣAC) | 0.86 |\n" +
            "| SPI (ΣEV / ΣPV) | 0.99 |\n" +
            "\n" +
            "BAC, EAC and VAC are totalled over the 4 projects with a budget and a CPI, the CPI over the 4 projects with EV and AC, " +
            "and the SPI over the 4 projects with EV and PV; larger projects weigh more.\n" +
            "\n" +
            "Every measured project, the worst VAC first (projects without one last):\n" +
            "\n" +
            "| Project | Name | CPI | SPI | BAC | EAC (BAC / CPI) | EAC (reported) | VAC | Slip (days) |\n" +
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n" +
            "| P-2 | Beta \\| Gamma | 0.89 | 1.00 | 20,000 | 22,225 | 21,000 | -2,225 | -10 |\n" +
            "| P-1 | Alpha\\_1 | 0.43 | 0.75 | 1,000 | 2,333 | 1,100 | -1,333 | 30 |\n" +
            "| P-0 | Zeta | 0.75 | 1.00 | 300 | 400 | - | -100 | - |\n" +
            "| P-7 | - | 0.50 | - | 100 | 200 | - | -100 | - |\n" +
            "| P-3 | Delta | - | 1.00 | 600 | - | - | - | - |");
    }

    [Fact]
    public void Render_MoreProjectsThanTheTableShows_SaysHowManyMoreThereAre()
    {
        // P-01 has the worst VAC (BAC 100, EAC 100 * 100 / 1 = 10000), P-22 the best (EAC 100 * 100 / 22).
        var projects = Enumerable.Range(1, DeliveryHealthSection.MaximumRows + 2).Select(number => new Project
        {
            Id = "P-" + number.ToString("00", CultureInfo.InvariantCulture),
            Stage = LifecycleStage.Execution,
            BudgetAtCompletion = 100m,
            ActualCost = 100m,
            EarnedValue = number,
            PlannedValue = number,
        });

        var lines = Render(projects).Split('\n');

        lines.ShouldContain("The 20 projects with the worst VAC, worst first; 2 more measured projects are not shown:");
        var rows = lines.Where(line => line.StartsWith("| P-", StringComparison.Ordinal)).ToList();
        rows.Count.ShouldBe(20);
        rows[0].ShouldStartWith("| P-01 | - | 0.01 | 1.00 | 100 | 10,000 | - | -9,900 | - |");
        rows[^1].ShouldStartWith("| P-20 |");
    }

    [Fact]
    public void Render_ProjectsInDeliveryWithoutEarnedValue_SaysNoneCouldBeMeasured()
    {
        Project[] projects =
        [
            new() { Id = "P-1", Stage = LifecycleStage.Execution, BudgetAtCompletion = 1000m },
            new() { Id = "P-2", Stage = LifecycleStage.Closing, ActualCost = 10m },
            new() { Id = "P-3", Stage = LifecycleStage.Planning, EarnedValue = 10m, ActualCost = 10m },
        ];

        Render(projects).ShouldBe("No project could be measured: none of the 2 projects in execution or closing reports earned value.");
    }

    [Fact]
    public void Render_OneProjectInDeliveryWithoutEarnedValue_SaysSoInTheSingular()
    {
        Render([new Project { Id = "P-1", Stage = LifecycleStage.Execution }])
            .ShouldBe("No project could be measured: the one project in execution or closing reports no earned value.");
    }

    [Fact]
    public void Render_NoProjectInDelivery_SaysThereIsNothingToMeasure()
    {
        Render([new Project { Id = "P-1", Stage = LifecycleStage.Planning, EarnedValue = 10m }])
            .ShouldBe("No project is in execution or closing, so there is no earned value to measure.");
    }

    [Fact]
    public void Render_ZeroEarnedValueAndZeroActualCost_ShowsADashForWhatWouldDivideByZero()
    {
        Project[] projects =
        [
            new() { Id = "P-1", Stage = LifecycleStage.Execution, BudgetAtCompletion = 100m, ActualCost = 50m, EarnedValue = 0m, PlannedValue = 0m },
            new() { Id = "P-2", Stage = LifecycleStage.Execution, BudgetAtCompletion = 100m, ActualCost = 0m, EarnedValue = 20m, PlannedValue = 40m },
        ];

        var markdown = Render(projects);

        markdown.ShouldContain("| P-1 | - | 0.00 | - | 100 | - | - | - | - |");
        markdown.ShouldContain("| P-2 | - | - | 0.50 | 100 | - | - | - | - |");
        markdown.ShouldContain("| Total BAC | 0 |");
        markdown.ShouldContain("| CPI (ΣEV / ΣAC) | 0.40 |");
        markdown.ShouldContain("| SPI (ΣEV / ΣPV) | 0.50 |");
        markdown.ShouldContain("totalled over the 0 projects with a budget and a CPI");
    }

    /// <summary>
    /// The summary of samples/contoso. The expected numbers were computed apart from PmoAssess, by a short Python
    /// script over samples/contoso/projects.csv (csv module, exact fractions): the rows with stage execution or
    /// closing and an earned_value (20); BAC, BAC * actual_cost / earned_value and their difference summed over the
    /// rows with budget, a non-zero actual cost and earned value (19: PRJ-017 has no actual cost), giving
    /// 61080000, 67952247.27 and -6872247.27; sum(EV) / sum(AC) over the 19 rows with an actual cost = 0.9136, and
    /// sum(EV) / sum(PV) over the 19 with a planned value (PRJ-009 has none) = 0.9053.
    /// </summary>
    [Fact]
    public void Render_Contoso_SummaryMatchesTheIndependentlyComputedTotals()
    {
        var dataset = PortfolioReader.Read(RepositoryRoot.Combine("samples", "contoso"));

        var markdown = new DeliveryHealthSection().Render(Context(dataset));

        markdown.ShouldStartWith("Earned value of the 20 projects in execution or closing that report it.");
        markdown.ShouldContain(
            "| Projects measured | 20 |\n" +
            "| Projects not measured (no earned value) | 0 |\n" +
            "| Total BAC | 61,080,000 |\n" +
            "| Total EAC (BAC / CPI) | 67,952,247 |\n" +
            "| Total VAC | -6,872,247 |\n" +
            "| CPI (ΣEV / ΣAC) | 0.91 |\n" +
            "| SPI (ΣEV / ΣPV) | 0.91 |\n");
        markdown.ShouldContain("BAC, EAC and VAC are totalled over the 19 projects with a budget and a CPI, the CPI over the 19 projects with EV and AC, and the SPI over the 19 projects with EV and PV");
        markdown.ShouldContain("| PRJ-003 | Billing \\| Payments Consolidation |");
    }

    private static string Render(IEnumerable<Project> projects) =>
        new DeliveryHealthSection().Render(Context(new PortfolioDataset { Projects = [.. projects] }));

    private static ReportSectionContext Context(PortfolioDataset dataset) => new()
    {
        AsOf = new DateOnly(2026, 9, 30),
        Dataset = dataset,
        Outcomes = [],
        Findings = [],
    };
}
