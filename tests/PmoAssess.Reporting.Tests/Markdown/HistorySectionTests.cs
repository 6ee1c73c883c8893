using System.Text.RegularExpressions;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Html;
using PmoAssess.Reporting.Markdown;
using PmoAssess.Reporting.Model;
using PmoAssess.Tests.Reporting.Json;

namespace PmoAssess.Tests.Reporting.Markdown;

/// <summary>
/// "Since the last assessment": absent without history, a sentence on the first run, and otherwise the levels before and
/// now, regressions in bold, new and resolved findings by rule and subject, and the trend as a table and a line chart
/// (Mermaid in report.md, inline SVG in report.html).
/// </summary>
public sealed class HistorySectionTests
{
    private static readonly DateTimeOffset Recorded = new(2026, 7, 1, 8, 15, 0, TimeSpan.Zero);

    [Fact]
    public void Render_WithoutHistory_HasNoSection()
    {
        var markdown = MarkdownReportWriter.Render(ContosoFindings.Report);

        markdown.ShouldNotContain("Since the last assessment");
        HtmlReportWriter.Render(ContosoFindings.Report).ShouldNotContain("trend-chart");
    }

    [Fact]
    public void Render_FirstRun_SaysItIsTheFirstAfterMaturity()
    {
        var report = ContosoFindings.Report with { History = new HistoryComparison { Current = Run(1, "2026-09-30"), Trend = [Point(1, "2026-09-30", 1)] } };

        var outline = ReportOutline.Of(MarkdownReportWriter.Render(report));

        outline.At(2).SkipWhile(heading => heading != "Maturity").Skip(1).First().ShouldBe("Since the last assessment");
        outline.Markdown.ShouldContain("## Since the last assessment\n\nThis is the earliest assessment of **contoso** in its history (run 1): the next one will show what changed since.\n\n## ");
        outline.At(3, "Since the last assessment").ShouldBeEmpty();
    }

    [Fact]
    public void Render_SinceThePreviousRun_ShowsLevelsRegressionsFindingsAndTrend()
    {
        var report = WithHistory();

        var markdown = MarkdownReportWriter.Render(report);
        var outline = ReportOutline.Of(markdown);

        markdown.ShouldContain("Compared with run 4, as of 2026-06-30 (recorded 2026-07-01 08:15 UTC): **2 regressions**, 2 new findings and 1 resolved.");
        outline.At(3, "Since the last assessment").ShouldBe(["Regressions", "New findings", "Resolved findings", "Trend"]);
        var levels = outline.TablesUnder("Since the last assessment").First();
        levels.FirstCells.ShouldBe([.. report.Maturity!.Categories.Select(category => category.Category.Name)]);
        markdown.ShouldContain("| " + Category(0) + " | 2 | 1 | **down 1** |");
        markdown.ShouldContain("| " + Category(1) + " | 0 | 1 | up 1 |");
        markdown.ShouldContain("- **" + Category(0) + "** fell from level 2 to 1.\n- **GOV-001** Active projects have a sponsor: coverage fell from 95% to 80%.");
        markdown.ShouldContain("| GOV-001 | Project PRJ-015 Fleet Telematics | High | The project has no sponsor. |");
        markdown.ShouldContain("| RSK-001 | Risk RSK-006 of project PRJ-003 Billing \\| Payments Consolidation | Medium (waived) | No owner. |");
        markdown.ShouldContain("| TRN-001 | Project PRJ-999 | Low | Was late. |", customMessage: "a subject gone since is named by its id");
        markdown.ShouldContain("""
            ```mermaid
            xychart-beta
                title "Maturity level per category, last 3 assessments"
                x-axis ["2026-03-31", "2026-06-30", "2026-09-30"]
                y-axis "Level" 0 --> 5
                line [2, 2, 1]
                line [0, 0, 1]
            """.ReplaceLineEndings("\n"));
        outline.TablesUnder("Since the last assessment", "Trend").ShouldHaveSingleItem().FirstCells.Count.ShouldBe(report.Maturity.Categories.Count);
    }

    [Fact]
    public void Render_ManyNewFindings_ListsTheFirstAndNamesTheCommandThatListsAll()
    {
        var report = WithHistory() is var withHistory ? withHistory with
        {
            History = withHistory.History! with
            {
                NewFindings = [.. Enumerable.Range(1, 30).Select(index => Change("GOV-001", "PRJ-" + index.ToString("000", System.Globalization.CultureInfo.InvariantCulture)))],
            },
        } : null!;

        var outline = ReportOutline.Of(MarkdownReportWriter.Render(report));

        outline.TablesUnder("Since the last assessment", "New findings").ShouldHaveSingleItem().DataRows.Count.ShouldBe(25);
        outline.Markdown.ShouldContain("And 5 more: `pmoassess history compare 4 5` lists them all.");
    }

    [Fact]
    public void Render_AnotherMethodologyBefore_SaysLevelsDoNotCompare()
    {
        var report = WithHistory() is var withHistory ? withHistory with
        {
            History = withHistory.History! with { Previous = withHistory.History.Previous! with { MethodologyId = "p3m3", MethodologyVersion = null } },
        } : null!;

        var markdown = MarkdownReportWriter.Render(report);

        markdown.ShouldContain("The previous run was scored under **p3m3** and this one under **pmo-functions** 1.0.0: their levels do not compare.");
        markdown.ShouldNotContain("| Category | Before | Now | Change |");
    }

    [Fact]
    public void RenderHtml_Trend_IsAnSvgInPlaceOfTheMermaidChartWithALineAndALegendEntryPerCategory()
    {
        var report = WithHistory();

        var html = HtmlReportWriter.Render(report);

        html.ShouldNotContain("xychart-beta");
        var section = html[html.IndexOf("<h2 id=\"since-the-last-assessment\">", StringComparison.Ordinal)..html.IndexOf("<h2 id=\"project-scorecard\">", StringComparison.Ordinal)];
        var tableEnd = section.LastIndexOf("</table>\n", StringComparison.Ordinal) + "</table>\n".Length;
        section[tableEnd..].ShouldStartWith("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"trend-chart-title\" class=\"trend-chart\"");
        var categories = report.Maturity!.Categories.Count;
        Regex.Count(section, "<g class=\"series\"").ShouldBe(categories);
        Regex.Count(section, "<g class=\"legend\">").ShouldBe(categories);
        Regex.Count(html, "<figure class=\"chart\">").ShouldBe(2, "the maturity chart and the trend");
        section.ShouldContain("<title>" + Category(0) + ": level 1 on 2026-09-30</title>");
    }

    [Fact]
    public void RenderHtml_HostileCategoryNameInTheTrend_IsText()
    {
        var report = WithHistory() is var withHistory ? withHistory with
        {
            History = withHistory.History! with { Levels = [withHistory.History.Levels[0] with { Category = "<script>alert(1)</script> & \"x\"" }, .. withHistory.History.Levels.Skip(1)] },
        } : null!;

        var html = HtmlReportWriter.Render(report);

        html.ShouldNotContain("<script>alert(1)");
        html.ShouldContain("data-category=\"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;\"");
    }

    [Fact]
    public void Render_RunsOnTheSameDate_AreToldApartByRunIdInTheTrend()
    {
        var report = WithHistory() is var withHistory ? withHistory with
        {
            History = withHistory.History! with
            {
                Trend = [.. withHistory.History.Trend.Select((point, index) => point with { Run = point.Run with { AsOf = new DateOnly(2026, 9, 30), Id = index == 2 ? null : point.Run.Id } })],
            },
        } : null!;

        var markdown = MarkdownReportWriter.Render(report);

        markdown.ShouldContain("    x-axis [\"2026-09-30 #3\", \"2026-09-30 #4\", \"2026-09-30 (this run)\"]");
        markdown.ShouldContain("| Category | 2026-09-30 #3 | 2026-09-30 #4 | 2026-09-30 (this run) |");
    }

    /// <summary>The Contoso report as if run 5, compared with run 4: the first category fell, the second rose.</summary>
    internal static AssessmentReport WithHistory()
    {
        var report = ContosoFindings.Report;
        var categories = report.Maturity!.Categories;
        var levels = categories.Select((category, index) => new LevelChange
        {
            CategoryId = category.Category.Id,
            Category = category.Category.Name,
            Before = index switch { 0 => 2, 1 => 0, _ => category.Level },
            After = index switch { 0 => 1, 1 => 1, _ => category.Level },
        }).ToList();
        return report with
        {
            History = new HistoryComparison
            {
                Previous = Run(4, "2026-06-30"),
                Current = Run(5, "2026-09-30"),
                Levels = levels,
                Coverage = [new CoverageChange { RuleId = "GOV-001", Title = "Active projects have a sponsor", Before = 0.95m, After = 0.8m },
                    new CoverageChange { RuleId = "TRN-001", Title = "Status reports are recent", Before = 0.5m, After = 0.9m }],
                NewFindings =
                [
                    Change("GOV-001", "PRJ-015", message: "The project has no sponsor."),
                    Change("RSK-001", "RSK-006", Severity.Medium, EntityKind.Risk, "PRJ-003", FindingState.Waived, "No owner."),
                ],
                ResolvedFindings = [Change("TRN-001", "PRJ-999", Severity.Low, message: "Was late.")],
                Trend =
                [
                    new TrendPoint { Run = Run(3, "2026-03-31"), Levels = [.. levels.Select(level => level.Before)] },
                    new TrendPoint { Run = Run(4, "2026-06-30"), Levels = [.. levels.Select(level => level.Before)] },
                    new TrendPoint { Run = Run(5, "2026-09-30"), Levels = [.. levels.Select(level => level.After)] },
                ],
            },
        };
    }

    private static string Category(int index) => ContosoFindings.Report.Maturity!.Categories[index].Category.Name;

    private static HistoryRun Run(long? id, string asOf) => new()
    {
        Id = id,
        RecordedAt = Recorded,
        AsOf = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture),
        Engagement = "contoso",
        ToolVersion = "0.1.0",
        MethodologyId = "pmo-functions",
        MethodologyVersion = "1.0.0",
        Findings = 3,
    };

    private static TrendPoint Point(long? id, string asOf, int level) => new() { Run = Run(id, asOf), Levels = [level] };

    private static FindingChange Change(string rule, string subject, Severity severity = Severity.High, EntityKind kind = EntityKind.Project,
        string? project = null, FindingState state = FindingState.Open, string? message = null) => new()
    {
        RuleId = rule,
        SubjectKind = kind,
        SubjectId = subject,
        ProjectId = project ?? (kind == EntityKind.Project ? subject : null),
        Severity = severity,
        State = state,
        Message = message,
    };
}
