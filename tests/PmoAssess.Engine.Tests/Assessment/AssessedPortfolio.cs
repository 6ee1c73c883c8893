using PmoAssess.Facts;
using PmoAssess.Rules;
using PmoAssess.Tests.Engine.TestRules;

namespace PmoAssess.Tests.Engine.Assessment;

/// <summary>
/// A portfolio built in code for the runner tests. The project ids sort differently by ordinal and by culture
/// ("P-10" before "P-2", upper case before "p-1") and are listed here out of that order.
/// </summary>
internal static class AssessedPortfolio
{
    public static readonly DateOnly AsOf = new(2026, 3, 31);

    /// <summary>Four rules over the portfolio's projects and risks, each with a pass, a failure and more (the runner tests).</summary>
    public static readonly Type[] HealthyRules =
        [typeof(StatusReportIsCurrent), typeof(OpenRiskHasOwner), typeof(ActiveProjectHasSponsor), typeof(CostPerformanceAtLeastThreshold)];

    /// <summary>The catalog of <paramref name="ruleTypes"/>, each a C# rule from the tests.</summary>
    public static RuleCatalog Catalog(params Type[] ruleTypes)
    {
        var builder = new RuleCatalogBuilder();
        foreach (var ruleType in ruleTypes)
        {
            builder.Add(ruleType, "tests");
        }

        return builder.Build();
    }

    /// <summary>
    /// P-10: active, sponsored, CPI 0.45, status 10 days old; open risk R-1 without owner, closed risk R-2.
    /// P-2: active, no sponsor, no actual cost, status 45 days old; open risk R-3 with owner.
    /// Z-1: closed. p-1: active, sponsored, CPI 1, no status report.
    /// </summary>
    public static PortfolioDataset Create() => new()
    {
        Portfolios = [new Portfolio { Id = "PF-A", Name = "Alpha" }],
        Projects =
        [
            new Project
            {
                Id = "Z-1", PortfolioId = "PF-A", Stage = LifecycleStage.Closed,
            },
            new Project
            {
                Id = "p-1", PortfolioId = "PF-A", Stage = LifecycleStage.Execution, Sponsor = "Cy",
                ActualCost = 100m, EarnedValue = 100m,
            },
            new Project
            {
                Id = "P-2", PortfolioId = "PF-A", Stage = LifecycleStage.Planning,
                LastStatusReport = new DateOnly(2026, 2, 14),
                Risks = [new Risk { Id = "R-3", ProjectId = "P-2", Status = ItemStatus.Open, Owner = "Bob" }],
            },
            new Project
            {
                Id = "P-10", PortfolioId = "PF-A", Stage = LifecycleStage.Execution, Sponsor = "Ann",
                ActualCost = 100m, EarnedValue = 45m, LastStatusReport = new DateOnly(2026, 3, 21),
                Risks =
                [
                    new Risk { Id = "R-1", ProjectId = "P-10", Status = ItemStatus.Open },
                    new Risk { Id = "R-2", ProjectId = "P-10", Status = ItemStatus.Closed },
                ],
            },
        ],
    };
}
