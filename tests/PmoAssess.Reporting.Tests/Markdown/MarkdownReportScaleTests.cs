using System.Diagnostics;
using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Reporting.Markdown;
using PmoAssess.Reporting.Model;
using PmoAssess.Rules;
using PmoAssess.Rulesets;
using Xunit.Abstractions;

namespace PmoAssess.Tests.Reporting.Markdown;

/// <summary>
/// A portfolio of 2,000 projects built in code and assessed by a YAML ruleset that fails most of them: the body
/// stays readable (at most ten findings per rule, fifty projects on the scorecard) and the appendix holds every one.
/// </summary>
public sealed class MarkdownReportScaleTests(MarkdownReportScaleTests.LargeReport large, ITestOutputHelper output)
    : IClassFixture<MarkdownReportScaleTests.LargeReport>
{
    private const int Projects = 2_000;

    [Fact]
    public void Render_TwoThousandProjects_BodyShowsAtMostTenFindingsPerRuleAndPointsToTheAppendix()
    {
        var outline = large.Outline;

        var body = outline.TablesUnder("Findings");
        body.Select(table => table.Path[1] + " " + table.Path[2]).ShouldBe(
            ["Delivery: high BIG-001", "Governance: medium BIG-002", "Governance: low BIG-003"], "by category, then severity");
        body.ShouldAllBe(table => table.DataRows.Count <= MarkdownReportWriter.FindingsPerRule);
        var failed = large.Report.Findings.CountBy(finding => finding.Rule.Id).ToDictionary();
        failed["BIG-001"].ShouldBe(1_800);
        outline.Markdown.ShouldContain("… and " + (failed["BIG-001"] - 10) + " more: see [every finding](#every-finding) in the appendix.");
        outline.Markdown.ShouldContain("… and " + (failed["BIG-002"] - 10) + " more: see [every finding](#every-finding) in the appendix.");
        outline.TablesUnder("Findings").Single(table => table.Path[2] == "BIG-003").DataRows.Count.ShouldBe(failed["BIG-003"], "a short list is shown whole");
        outline.Markdown.ShouldContain("1. **High** [BIG-001](#big-001) Projects stay within a million: fails 1800 subjects.");
    }

    [Fact]
    public void Render_TwoThousandProjects_BodyShowsTheFirstTenNotAssessableAndCountsTheRest()
    {
        var outline = large.Outline;
        var notAssessable = large.Report.NotAssessable;
        notAssessable.ShouldAllBe(outcome => outcome.RuleId == "BIG-002");

        var shown = outline.TablesUnder("Not assessable").ShouldHaveSingleItem().DataRows
            .Select(row => string.Concat(((TableCell)row[1]).Descendants<LiteralInline>().Select(literal => literal.Content.ToString())));
        shown.ShouldBe(notAssessable.Take(MarkdownReportWriter.FindingsPerRule).Select(outcome => "Project " + outcome.SubjectId + " " + large.Report.ProjectNames[outcome.SubjectId]));
        var hidden = notAssessable.Count - MarkdownReportWriter.FindingsPerRule;
        outline.Markdown.ShouldContain("… and " + hidden + " more (BIG-002: " + hidden + "), as only the first 10 of each rule are shown here");
    }

    [Fact]
    public void Render_TwoThousandProjects_AppendixListsEveryFindingEveryProjectAndEverythingNotAssessable()
    {
        var outline = large.Outline;

        outline.At(3, "Appendix").ShouldBe(["Rules evaluated", "Every finding", "Everything not assessable", "Every project", "Data sources"]);
        outline.TablesUnder("Appendix", "Every finding").Sum(table => table.DataRows.Count).ShouldBe(large.Report.Findings.Count);
        outline.TablesUnder("Appendix", "Everything not assessable").ShouldHaveSingleItem().DataRows.Count.ShouldBe(large.Report.NotAssessable.Count);
        outline.TablesUnder("Not assessable").ShouldHaveSingleItem().DataRows.Count.ShouldBe(MarkdownReportWriter.FindingsPerRule);

        var all = outline.TablesUnder("Appendix", "Every project").ShouldHaveSingleItem();
        all.DataRows.Count.ShouldBe(Projects);
        all.FirstCells.ShouldBe([.. all.FirstCells.Order(StringComparer.Ordinal)], "by id, so a reader can look a project up");
    }

    [Fact]
    public void Render_TwoThousandProjects_ScorecardShowsTheFiftyWorstProjects()
    {
        var outline = large.Outline;

        var scorecard = outline.TablesUnder("Project scorecard").ShouldHaveSingleItem();
        scorecard.DataRows.Count.ShouldBe(MarkdownReportWriter.ScorecardRows);
        var worst = ProjectScore.Scorecard(large.Report).Take(MarkdownReportWriter.ScorecardRows).Select(score => score.Project.Id);
        scorecard.FirstCells.ShouldBe(worst);
        // Every project the body shows fails the high rule and the medium one: nobody with less is ahead of them.
        ProjectScore.Scorecard(large.Report).Take(MarkdownReportWriter.ScorecardRows).ShouldAllBe(score => score.High == 1 && score.Medium == 1);
        outline.Markdown.ShouldContain("The 50 of the 2000 projects with the most severe findings, worst first; [every project](#every-project) is in the appendix, by id.");
    }

    [Fact]
    public void Render_TwoThousandProjects_EveryTableRowHasOneCellPerHeaderAndEveryLinkLands()
    {
        var outline = large.Outline;

        foreach (var table in outline.Tables)
        {
            var rows = table.Table.OfType<TableRow>().ToList();
            var headers = ReportOutline.CellsWithSource(rows[0]);
            rows.Skip(1).ShouldAllBe(row => ReportOutline.CellsWithSource(row) == headers);
        }

        var ids = outline.Headings.Select(heading => heading.Id).ToHashSet(StringComparer.Ordinal);
        var fragments = outline.Document.Descendants<Markdig.Syntax.Inlines.LinkInline>().Select(link => link.Url!.TrimStart('#')).ToList();
        fragments.ShouldNotBeEmpty();
        fragments.ShouldAllBe(fragment => ids.Contains(fragment));
    }

    [Fact]
    public void Render_TwoThousandProjects_Timed()
    {
        // Measured, not asserted: the time goes to the test log so a regression shows without making the test flaky.
        MarkdownReportWriter.Render(large.Report);
        var clock = Stopwatch.StartNew();
        var markdown = MarkdownReportWriter.Render(large.Report);
        clock.Stop();

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Rendered {Projects} projects, {large.Report.Findings.Count} findings: {markdown.Length / 1024} KiB in {clock.Elapsed.TotalMilliseconds:0} ms (assessed in {large.AssessTime.TotalMilliseconds:0} ms)."));
        markdown.Length.ShouldBeGreaterThan(0);
    }

    /// <summary>The large portfolio, assessed and rendered once for the class.</summary>
    public sealed class LargeReport : IDisposable
    {
        private const string Rules = """
            ruleset: big
            version: 1.0.0
            rules:
              - id: BIG-001
                title: Projects stay within a million
                remediation: Cut the scope.
                severity: high
                category: delivery
                appliesTo: project
                require: budgetAtCompletion <= 1000000
                message: "{name} has a budget of {budgetAtCompletion}."
              - id: BIG-002
                title: Projects finish by their baseline
                severity: medium
                category: governance
                appliesTo: project
                require: forecastEnd <= baselineEnd
              - id: BIG-003
                title: Projects have a sponsor
                severity: low
                category: governance
                appliesTo: project
                require: sponsor != null
            """;

        private readonly TempFolder _folder = new();

        public LargeReport()
        {
            var catalog = new RuleCatalogBuilder().Add(RulesetLoader.Load([_folder.Write("big.rules.yaml", Rules)]).ShouldHaveSingleItem()).Build();
            var projects = Enumerable.Range(1, Projects).Select(Project).ToList();
            var dataset = new PortfolioDataset { Portfolios = [new Portfolio { Id = "PF-1", Projects = projects }], Projects = projects };
            var clock = Stopwatch.StartNew();
            var result = AssessmentRunner.Run(dataset, catalog, new DateOnly(2026, 9, 30));
            AssessTime = clock.Elapsed;
            Report = AssessmentReport.From(result, "large", ["ruleset big 1.0.0"]);
            Outline = ReportOutline.Of(MarkdownReportWriter.Render(Report));
        }

        public AssessmentReport Report { get; }

        public ReportOutline Outline { get; }

        public TimeSpan AssessTime { get; }

        public void Dispose() => _folder.Dispose();

        /// <summary>
        /// Nine in ten projects are over a million (BIG-001 fails), one in three finishes late (BIG-002 fails), one in a
        /// hundred has no forecast (BIG-002 not assessable), and three have no sponsor (BIG-003 fails).
        /// </summary>
        private static Project Project(int index) => new()
        {
            Id = "P-" + index.ToString("D4", CultureInfo.InvariantCulture),
            PortfolioId = "PF-1",
            Name = "Project " + index.ToString(CultureInfo.InvariantCulture),
            Stage = LifecycleStage.Execution,
            Sponsor = index <= 3 ? null : "Sponsor",
            BudgetAtCompletion = index % 10 == 0 ? 500_000 : 2_000_000,
            BaselineEnd = new DateOnly(2027, 1, 1),
            ForecastEnd = index % 100 == 0 ? null : index % 3 == 0 ? new DateOnly(2027, 6, 1) : new DateOnly(2026, 12, 1),
        };
    }
}
