using PmoAssess.Facts;
using PmoAssess.Generation;
using PmoAssess.Import;
using PmoAssess.Outcomes;

namespace PmoAssess.Tests.Generation;

/// <summary>
/// The generator writes the same bytes for the same seed, files the canonical reader reads without complaint, and
/// problems at the rates <see cref="GenerationRates"/> promises (within four standard errors, so a seed change
/// cannot make the test flaky while a wrong rate still fails it).
/// </summary>
public sealed class PortfolioGeneratorTests(PortfolioGeneratorTests.Generated generated) : IClassFixture<PortfolioGeneratorTests.Generated>
{
    private static readonly DateOnly AsOf = GenerationOptions.DefaultAsOf;

    [Fact]
    public void Generate_SameSeedTwice_WritesTheSameBytes()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        using var other = new TempFolder();

        PortfolioGenerator.Generate(new GenerationOptions { Projects = 300, Seed = 42 }, first.Path);
        PortfolioGenerator.Generate(new GenerationOptions { Projects = 300, Seed = 42 }, second.Path);
        PortfolioGenerator.Generate(new GenerationOptions { Projects = 300, Seed = 43 }, other.Path);

        var files = Directory.GetFiles(first.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        files.Count.ShouldBe(10);
        foreach (var file in files)
        {
            File.ReadAllBytes(second.Combine(file!)).ShouldBe(File.ReadAllBytes(first.Combine(file!)), file);
        }

        File.ReadAllBytes(other.Combine("projects.csv")).ShouldNotBe(File.ReadAllBytes(first.Combine("projects.csv")), "another seed, other data");
    }

    [Fact]
    public void Generate_FiveThousandProjects_ImportsCleanlyWithEveryRegisterAttached()
    {
        var dataset = generated.Dataset;

        dataset.Projects.Count.ShouldBe(Generated.Projects);
        dataset.Portfolios.Count.ShouldBe(10);
        dataset.Portfolios.Sum(portfolio => portfolio.Projects.Count).ShouldBe(Generated.Projects, "every project is in a portfolio");
        dataset.Sources.Select(source => source.File).ShouldBe(
            ["portfolios.csv", "projects.csv", "evidence.csv", "risks.csv", "issues.csv", "changes.csv", "milestones.csv", "gates.csv", "benefits.csv", "allocations.csv"]);
        dataset.Sources.ShouldAllBe(source => source.Records > 0);
        foreach (var (file, records) in generated.Records)
        {
            dataset.Sources.Single(source => source.File == file).Records.ShouldBe(records, file);
        }

        dataset.Projects.ShouldAllBe(project => project.Milestones.Count >= 3);
        dataset.Projects.ShouldAllBe(project => project.CustomFields.ContainsKey("cost_centre"));
    }

    [Fact]
    public void Generate_FiveThousandProjects_RegistersHaveTheirAverageSizes()
    {
        var projects = generated.Dataset.Projects;

        Mean(projects, project => project.Risks.Count).ShouldBe(GenerationRates.RisksPerProject, 0.1);
        Mean(projects, project => project.Issues.Count).ShouldBe(GenerationRates.IssuesPerProject, 0.06);
        Mean(projects, project => project.Milestones.Count).ShouldBe(3 + GenerationRates.ExtraMilestonesPerProject, 0.05);
        Mean(projects.Where(project => project.IsActive).ToList(), project => project.Allocations.Count).ShouldBe(GenerationRates.AllocationsPerActiveProject, 0.12);
    }

    [Fact]
    public void Generate_FiveThousandProjects_ProjectProblemsAtTheirRates()
    {
        var projects = generated.Dataset.Projects;
        var active = projects.Where(project => project.IsActive).ToList();
        var withIndex = projects.Where(project => project.Stage >= LifecycleStage.Execution && project.CostPerformanceIndex is not null).ToList();
        var execution = projects.Where(project => project.Stage == LifecycleStage.Execution).ToList();

        ShareOf(projects, project => project.Sponsor is null).ShouldBeWithin(GenerationRates.MissingSponsor, projects.Count);
        ShareOf(projects, project => project.Manager is null).ShouldBeWithin(GenerationRates.MissingManager, projects.Count);
        ShareOf(projects, project => project.Stage is null).ShouldBeWithin(GenerationRates.MissingStage, projects.Count);
        ShareOf(active, project => project.LastStatusReport is { } date && AsOf.DayNumber - date.DayNumber is > 30 and <= 120)
            .ShouldBeWithin(GenerationRates.StaleStatusReport, active.Count);
        ShareOf(withIndex, project => project.CostPerformanceIndex < 0.9m)
            .ShouldBeWithin(GenerationRates.CostIndexBelowTarget + GenerationRates.CostIndexFarBelowTarget, withIndex.Count);
        ShareOf(execution, project => project.CharterApproved == false).ShouldBeWithin(GenerationRates.ExecutionWithoutCharter, execution.Count);
        ShareOf(execution, project => project.ForecastEnd < AsOf).ShouldBeWithin(GenerationRates.ForecastInThePast, execution.Count, slack: 0.01);
    }

    [Fact]
    public void Generate_FiveThousandProjects_RegisterProblemsAtTheirRates()
    {
        var risks = generated.Dataset.Projects.SelectMany(project => project.Risks).ToList();
        var highOpen = risks.Where(risk => risk.Status == ItemStatus.Open && risk.Severity >= Severity.High).ToList();
        var milestones = generated.Dataset.Projects.SelectMany(project => project.Milestones).Where(milestone => milestone.ForecastDate < AsOf).ToList();
        var gates = generated.Dataset.Projects.SelectMany(project => project.Gates).ToList();
        var benefits = generated.Dataset.Projects.SelectMany(project => project.Benefits).ToList();
        var allocations = generated.Dataset.Projects.SelectMany(project => project.Allocations).ToList();

        ShareOf(risks, risk => risk.Severity is null).ShouldBeWithin(GenerationRates.RiskWithoutSeverity, risks.Count);
        ShareOf(risks, risk => risk.Severity >= Severity.High).ShouldBeWithin(GenerationRates.HighOrCriticalRisk, risks.Count);
        ShareOf(highOpen, risk => risk.Owner is null).ShouldBeWithin(GenerationRates.RiskWithoutOwner, highOpen.Count);
        ShareOf(highOpen, risk => risk.Mitigation is null).ShouldBeWithin(GenerationRates.RiskWithoutMitigation, highOpen.Count);
        ShareOf(milestones, milestone => milestone.ActualDate is null).ShouldBeWithin(GenerationRates.MilestoneMissedForecast, milestones.Count);
        ShareOf(gates, gate => gate.Approver is null).ShouldBeWithin(GenerationRates.GateWithoutApprover, gates.Count);
        ShareOf(benefits, benefit => benefit.Owner is null).ShouldBeWithin(GenerationRates.BenefitWithoutOwner, benefits.Count);
        ShareOf(allocations, allocation => allocation.Percent > 100).ShouldBeWithin(GenerationRates.OverAllocation, allocations.Count);
    }

    private static double Mean<T>(IReadOnlyList<T> items, Func<T, int> count) => items.Average(count);

    private static double ShareOf<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) => (double)items.Count(predicate) / items.Count;

    /// <summary>Five thousand projects, generated and read once for the class.</summary>
    public sealed class Generated : IDisposable
    {
        public const int Projects = 5_000;

        private readonly TempFolder _folder = new();

        public Generated()
        {
            Records = PortfolioGenerator.Generate(new GenerationOptions { Projects = Projects, Seed = 7 }, _folder.Path);
            Dataset = PortfolioReader.Read(_folder.Path);
        }

        public IReadOnlyDictionary<string, int> Records { get; }

        public PortfolioDataset Dataset { get; }

        public void Dispose() => _folder.Dispose();
    }
}

/// <summary>A share checked against the rate it was drawn with.</summary>
internal static class RateAssertions
{
    /// <summary>Within four standard errors of <paramref name="rate"/> over <paramref name="count"/> draws, plus <paramref name="slack"/>.</summary>
    public static void ShouldBeWithin(this double share, double rate, int count, double slack = 0)
    {
        count.ShouldBeGreaterThan(100, "too few records to judge a rate");
        var tolerance = 4 * Math.Sqrt(rate * (1 - rate) / count) + slack;
        share.ShouldBe(rate, tolerance);
    }
}
