using PmoAssess.Facts;
using static PmoAssess.Generation.GenerationRates;

namespace PmoAssess.Generation;

/// <summary>Writes one row of <c>projects.csv</c>: a project's stage, people, dates, earned value and ratings.</summary>
internal static class ProjectRecords
{
    public static readonly string[] Headers =
    [
        "id", "name", "portfolio", "programme", "stage", "sponsor", "manager", "baseline_start", "baseline_end", "forecast_end",
        "budget_at_completion", "actual_cost", "earned_value", "planned_value", "estimate_at_completion", "delivery_confidence",
        "last_status_report", "charter_approved", "business_case_approved", "cost_centre",
    ];

    private static readonly string[] StageNames = ["initiation", "planning", "execution", "closing", "closed"];

    private static readonly string[] ConfidenceNames = ["green", "amber-green", "amber", "amber-red", "red"];

    // laxity: how lax the portfolio is; it multiplies the rates of its problems (1 gives the rates GenerationRates gives).
    public static GeneratedProject Write(CsvRowWriter csv, ref SeededRandom random, string id, string portfolioId, DateOnly asOf, double laxity)
    {
        var stage = Stage(ref random);
        var (sponsor, manager) = People(ref random, laxity);
        var (start, end) = Baseline(ref random, stage, asOf);
        var forecast = Forecast(ref random, stage, start, end, asOf, laxity);
        var budget = (long)Math.Round(Math.Exp(random.Between(Math.Log(100_000), Math.Log(30_000_000))) / 1000) * 1000;
        var earnedValue = EarnedValue(ref random, stage, budget, laxity);
        var (charter, businessCase) = Approvals(ref random, stage);
        var active = stage is not null and not LifecycleStage.Closed;

        csv.Text(id)
            .Text(random.Pick(Vocabulary.ProjectAdjectives) + " " + random.Pick(Vocabulary.ProjectNouns))
            .Text(portfolioId)
            .Text(random.Chance(0.6) ? random.Pick(Vocabulary.Programmes) : null)
            .Text(stage is { } known ? StageNames[(int)known] : null)
            .Text(sponsor)
            .Text(manager)
            .Date(random.Chance(MissingBaselineDate) ? null : start)
            .Date(random.Chance(MissingBaselineDate) ? null : end)
            .Date(forecast)
            .Number(random.Chance(MissingBudget) ? null : budget)
            .Number(earnedValue.ActualCost)
            .Number(earnedValue.Earned)
            .Number(earnedValue.Planned)
            .Number(earnedValue.Estimate)
            .Text(active || random.Chance(0.5) ? Confidence(ref random, earnedValue.WorstIndex) : null)
            .Date(StatusReport(ref random, active, asOf, laxity))
            .Boolean(charter)
            .Boolean(businessCase)
            .Text("CC-" + random.Between(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .EndRow();
        return new GeneratedProject(id, stage, start, end, budget, businessCase == true, manager);
    }

    private const double MissingBaselineDate = 0.015;

    private const double MissingBudget = 0.03;

    private static LifecycleStage? Stage(ref SeededRandom random) =>
        random.Band([0.10, 0.15, 0.48, 0.08, 0.17, MissingStage]) switch
        {
            5 => null,
            var band => (LifecycleStage)band,
        };

    private static (string? Sponsor, string? Manager) People(ref SeededRandom random, double laxity)
    {
        var sponsor = random.Chance(MissingSponsor * laxity) ? null : Person(ref random);
        var manager = random.Chance(MissingManager * laxity) ? null : Person(ref random);
        if (sponsor is not null && manager is not null && random.Chance(SponsorIsManager))
        {
            manager = sponsor;
        }

        return (sponsor, manager);
    }

    public static string Person(ref SeededRandom random) => random.Pick(Vocabulary.FirstNames) + " " + random.Pick(Vocabulary.LastNames);

    private static (DateOnly Start, DateOnly End) Baseline(ref SeededRandom random, LifecycleStage? stage, DateOnly asOf)
    {
        var offset = stage switch
        {
            LifecycleStage.Initiation => random.Between(-60, 120),
            LifecycleStage.Planning => random.Between(-150, 30),
            LifecycleStage.Execution => random.Between(-900, -60),
            LifecycleStage.Closing => random.Between(-1200, -300),
            LifecycleStage.Closed => random.Between(-1800, -500),
            _ => random.Between(-900, 60),
        };
        var start = asOf.AddDays(offset);
        var end = start.AddDays(random.Between(180, 1080));
        if (stage is LifecycleStage.Execution && end <= asOf)
        {
            end = asOf.AddDays(random.Between(30, 540));
        }

        // A few baselines end before they start (DQ-105): a typo in the register.
        return random.Chance(0.01) ? (end, start) : (start, end);
    }

    private static DateOnly? Forecast(ref SeededRandom random, LifecycleStage? stage, DateOnly start, DateOnly end, DateOnly asOf, double laxity)
    {
        if (random.Chance(0.02))
        {
            return null;
        }

        var slip = random.Band([1 - (0.30 + LongSlip) * laxity, 0.30 * laxity, LongSlip * laxity]) switch
        {
            0 => random.Between(-30, 0),
            1 => random.Between(1, 90),
            _ => random.Between(91, 400),
        };
        var forecast = end.AddDays(slip);
        if (stage is LifecycleStage.Planning or LifecycleStage.Execution)
        {
            // A live project's forecast is normally in the future; a few were never updated and have passed (DEL-104).
            forecast = random.Chance(ForecastInThePast) ? asOf.AddDays(-random.Between(1, 120))
                : forecast < asOf ? asOf.AddDays(random.Between(1, 90))
                : forecast;
        }

        // A handful forecast to finish before they start (DQ-106).
        return random.Chance(0.005) ? start.AddDays(-random.Between(1, 60)) : forecast;
    }

    private readonly record struct EarnedValueFigures(long? ActualCost, long? Earned, long? Planned, long? Estimate, double WorstIndex);

    private static EarnedValueFigures EarnedValue(ref SeededRandom random, LifecycleStage? stage, long budget, double laxity)
    {
        switch (stage)
        {
            case LifecycleStage.Initiation or null:
                return new EarnedValueFigures(null, null, null, null, 1);
            case LifecycleStage.Planning:
                return new EarnedValueFigures((long)(budget * random.Between(0.01, 0.05)), null, null, budget, 1);
        }

        var progress = stage switch
        {
            LifecycleStage.Execution => random.Between(0.1, 0.9),
            LifecycleStage.Closing => random.Between(0.9, 1.0),
            _ => 1.0,
        };
        var spi = Index(ref random, laxity);
        var cpi = Index(ref random, laxity);
        var planned = (long)(budget * progress);
        var earned = (long)(planned * spi);
        var actual = (long)(earned / cpi);
        var estimate = (long)(budget / cpi * random.Between(0.95, 1.05));
        if (random.Chance(0.01))
        {
            estimate = (long)(actual * 0.9); // DQ-109: an estimate below what is already spent
        }

        if (random.Chance(0.005))
        {
            earned = (long)(budget * 1.05); // DQ-108: more earned than the whole budget
        }

        if (random.Chance(0.002))
        {
            actual = 0;
        }

        var figures = new EarnedValueFigures(actual, earned, planned, estimate, Math.Min(cpi, spi));
        if (stage is LifecycleStage.Execution or LifecycleStage.Closing && random.Chance(MissingEarnedValueField))
        {
            figures = random.Between(0, 3) switch
            {
                0 => figures with { ActualCost = null },
                1 => figures with { Earned = null },
                2 => figures with { Planned = null },
                _ => figures with { Estimate = null },
            };
        }

        return figures;
    }

    private static double Index(ref SeededRandom random, double laxity) =>
        random.Band([1 - (CostIndexBelowTarget + CostIndexFarBelowTarget) * laxity, CostIndexBelowTarget * laxity, CostIndexFarBelowTarget * laxity]) switch
        {
            0 => random.Between(0.9, 1.15),
            1 => random.Between(0.8, 0.9),
            _ => random.Between(0.5, 0.8),
        };

    private static string? Confidence(ref SeededRandom random, double worstIndex)
    {
        if (random.Chance(0.03))
        {
            return null;
        }

        int band = worstIndex switch
        {
            < 0.8 => random.Band([0.05, 0.05, 0.15, 0.35, 0.40]),
            < 0.9 => random.Band([0.10, 0.20, 0.45, 0.20, 0.05]),
            _ => random.Band([0.50, 0.30, 0.15, 0.03, 0.02]),
        };
        return ConfidenceNames[band];
    }

    private static DateOnly? StatusReport(ref SeededRandom random, bool active, DateOnly asOf, double laxity)
    {
        if (!active)
        {
            return random.Chance(0.3) ? null : asOf.AddDays(-random.Between(60, 600));
        }

        return random.Band([1 - (0.15 + StaleStatusReport) * laxity - 0.01 - MissingStatusReport, 0.15 * laxity, StaleStatusReport * laxity, 0.01, MissingStatusReport]) switch
        {
            0 => asOf.AddDays(-random.Between(0, 14)),
            1 => asOf.AddDays(-random.Between(15, 30)),
            2 => asOf.AddDays(-random.Between(31, 120)),
            3 => asOf.AddDays(random.Between(1, 10)), // DQ-107: a report dated after the assessment
            _ => null,
        };
    }

    private static (bool? Charter, bool? BusinessCase) Approvals(ref SeededRandom random, LifecycleStage? stage) => stage switch
    {
        LifecycleStage.Initiation => (Flag(ref random, 0.4, 0.1), Flag(ref random, 0.2, 0.1)),
        LifecycleStage.Planning => (Flag(ref random, 0.85, 0.03), Flag(ref random, 0.6, 0.03)),
        LifecycleStage.Execution => (Flag(ref random, 1 - ExecutionWithoutCharter - 0.02, 0.02), Flag(ref random, 1 - DeliveryWithoutBusinessCase - 0.02, 0.02)),
        LifecycleStage.Closing => (Flag(ref random, 0.97, 0.01), Flag(ref random, 1 - DeliveryWithoutBusinessCase - 0.02, 0.02)),
        _ => (Flag(ref random, 0.95, 0.03), Flag(ref random, 0.95, 0.03)),
    };

    /// <summary><c>true</c> with probability <paramref name="yes"/>, unknown with <paramref name="unknown"/>, else <c>false</c>.</summary>
    private static bool? Flag(ref SeededRandom random, double yes, double unknown) => random.Band([yes, unknown, 1 - yes - unknown]) switch
    {
        0 => true,
        1 => null,
        _ => false,
    };
}
