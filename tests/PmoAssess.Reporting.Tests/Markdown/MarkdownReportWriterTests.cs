using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Policy;
using PmoAssess.Reporting.Markdown;
using PmoAssess.Reporting.Model;
using PmoAssess.Reports;
using PmoAssess.Rules;
using PmoAssess.Rulesets;
using PmoAssess.Scoring;

namespace PmoAssess.Tests.Reporting.Markdown;

/// <summary>
/// The structure of report.md, read back by Markdig: sections in the documented order, whole tables, in-page links
/// that land, and no markup, link or HTML from user data, however hostile the names and messages are.
/// </summary>
public sealed class MarkdownReportWriterTests : IDisposable
{
    /// <summary>Every H2 the report can have, in the order the writer documents.</summary>
    public static readonly string[] SectionOrder =
    [
        "Plugins not loaded", "Executive summary", "Maturity", "Project scorecard", "Findings", "Waived findings", "Baselined findings",
        "Fixed since the baseline", "Waivers to review", "Not assessable", "Rule errors", "Appendix",
    ];

    private const string Script = "A | B <script>alert(1)</script>";
    private const string Markup = "<b>bold</b> **strong**\nnext line [x](javascript:alert(1))";
    private const string Hostile = "<b>x</b> | [x](javascript:alert(1)) <script>alert(2)</script>\nline";

    private static readonly DateOnly AsOf = new(2026, 9, 30);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Render_HostileReport_HasTheTitleThenEverySectionInTheDocumentedOrder()
    {
        var outline = ReportOutline.Of(MarkdownReportWriter.Render(Report()));

        outline.Document.First().ShouldBeOfType<HeadingBlock>().Level.ShouldBe(1);
        outline.At(1).ShouldBe(["PMO assessment: " + OneLine(Hostile)]);
        outline.At(2).ShouldBe(
            ["Plugins not loaded", "Executive summary", "Maturity", "Project scorecard", "Findings", "Waived findings", "Not assessable", "Rule errors", "Appendix"]);
        outline.At(2).ShouldBe([.. SectionOrder.Where(outline.At(2).Contains)], "the documented order");
        outline.At(3, "Executive summary").ShouldBe(["The findings that matter most"]);
        outline.At(3, "Appendix").ShouldBe(["Rules evaluated", "Data sources"], "nothing was summarised, so the appendix holds no full lists");
        outline.Headings.Select(heading => heading.Level).ShouldAllBe(level => level <= 4, "the HTML page styles H1 to H4");
    }

    [Fact]
    public void Render_HostileReport_EveryTableRowHasOneCellPerHeader()
    {
        var outline = ReportOutline.Of(MarkdownReportWriter.Render(Report()));

        outline.Tables.Count.ShouldBeGreaterThan(8);
        var lines = outline.Markdown.Split('\n');
        foreach (var table in outline.Tables)
        {
            var rows = table.Table.OfType<TableRow>().ToList();
            var headers = ReportOutline.CellsWithSource(rows[0]);
            foreach (var row in rows.Skip(1))
            {
                ReportOutline.CellsWithSource(row).ShouldBe(headers, "row on line " + (row.Line + 1) + ": " + lines[row.Line]);
            }
        }
    }

    [Fact]
    public void Render_HostileReport_UserTextBringsNoHtmlNoLinksAndNoEmphasis()
    {
        var markdown = MarkdownReportWriter.Render(Report());
        var outline = ReportOutline.Of(markdown);

        outline.Document.Descendants<HtmlBlock>().ShouldBeEmpty();
        outline.Document.Descendants<HtmlInline>().ShouldBeEmpty();
        outline.Document.Descendants<AutolinkInline>().ShouldBeEmpty();
        outline.Document.Descendants<LinkInline>().Select(link => link.Url).ShouldAllBe(url => url != null && url.StartsWith('#'));
        var emphasis = outline.Document.Descendants<EmphasisInline>()
            .Select(inline => string.Concat(inline.Descendants<LiteralInline>().Select(literal => literal.Content.ToString())));
        emphasis.ShouldNotContain("strong", "user text is never bold");

        var html = Markdig.Markdown.ToHtml(markdown, ReportOutline.Pipeline);
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<b>", Case.Insensitive);
        html.ShouldNotContain("javascript:alert(1)\"", Case.Insensitive);
        html.ShouldContain("A | B &lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldContain("&lt;b&gt;bold&lt;/b&gt; **strong** next line [x](javascript:alert(1))");
    }

    [Fact]
    public void Render_HostileReport_EveryInPageLinkLandsOnAHeading()
    {
        var outline = ReportOutline.Of(MarkdownReportWriter.Render(Report()));

        var ids = outline.Document.Descendants<HeadingBlock>().Select(heading => heading.GetAttributes().Id).ToHashSet(StringComparer.Ordinal);
        var fragments = outline.Document.Descendants<LinkInline>().Select(link => link.Url![1..]).ToList();
        fragments.ShouldContain("hos-001", "the summary links to the rule's findings");
        fragments.ShouldContain("maturity");
        fragments.ShouldContain("data-sources");
        fragments.ShouldAllBe(fragment => ids.Contains(fragment));
    }

    [Fact]
    public void Render_HostileReport_SummarisesAndScoresEachProject()
    {
        var report = Report();
        var outline = ReportOutline.Of(MarkdownReportWriter.Render(report));

        // P-1's HOS-001 finding is waived, so P-2's and P-4's remain: two subjects for the rule.
        outline.Markdown.ShouldContain("1. **High** [HOS-001](#hos-001) " + MarkdownText.Escape(Hostile) + ": fails 2 subjects.");
        var scorecard = outline.TablesUnder("Project scorecard").ShouldHaveSingleItem();
        scorecard.FirstCells.ShouldBe(["P-2", "P-4", "P-1", "P-3"], "worst first, ties by id");
        outline.TablesUnder("Findings").Select(table => table.Path[1]).ShouldBe(["Governance: high"]);
        outline.Markdown.ShouldContain("| Methodology | PMO functions 1.0.0 |");
        outline.Markdown.ShouldContain("| Data sources | 1 file, with their SHA-256 hashes in the [appendix](#data-sources) |");
    }

    /// <summary>User text as a reader sees it in the report: line breaks become spaces.</summary>
    private static string OneLine(string text) => text.Replace('\n', ' ');

    private AssessmentReport Report()
    {
        var ruleset = RulesetLoader.Load([_folder.Write("hostile.rules.yaml", """
            ruleset: hostile
            version: 1.0.0
            rules:
              - id: HOS-001
                title: "<b>x</b> | [x](javascript:alert(1)) <script>alert(2)</script>\nline"
                rationale: "Because <script>alert(3)</script> | **bold**."
                remediation: "Do [this](javascript:alert(4)) <b>now</b>."
                severity: high
                category: governance
                level: 1
                appliesTo: project
                require: sponsor != null
                message: "{name} has no sponsor <b>at all</b> | [x](javascript:alert(5))."
              - id: HOS-002
                title: Projects have a budget
                severity: medium
                category: governance
                level: 2
                appliesTo: project
                require: budgetAtCompletion > 0
            """)]).ShouldHaveSingleItem();
        var catalog = new RuleCatalogBuilder().Add(ruleset).Add(typeof(Throws), "test <plugin>").Build();
        Project[] projects =
        [
            Project("P-1", Script, 2, budget: 10),
            Project("P-2", Markup, 3, budget: null),
            Project("P-3", "Throws", 4, budget: 10, sponsor: "Ann"),
            Project("P-4", name: null, 5, budget: 10),
        ];
        var dataset = new PortfolioDataset
        {
            Portfolios = [new Portfolio { Id = "PF-1", Projects = projects }],
            Projects = projects,
            Sources = [new DataSource { File = "exports/" + Hostile + ".csv", Sha256 = new string('a', 64), Records = 4 }],
        };
        var result = AssessmentRunner.Run(dataset, catalog, AsOf);
        var methodology = MethodologyLoader.Load(RepositoryRoot.Combine("rulesets", "methodologies", "pmo-functions.methodology.yaml"));
        var report = AssessmentReport.From(result, Hostile, [ruleset.Source, Hostile], [new SkippedPlugin(Hostile + ".dll", Hostile)], MaturityScorer.Score(result, methodology));

        var waived = report.Findings.Single(finding => finding.Outcome.SubjectId == "P-1");
        var waiver = new Waiver { Rule = "HOS-001", Subject = "P-1", Justification = Hostile, Approver = Script, Expires = AsOf.AddDays(90), Location = "policy.yaml:3" };
        return report with
        {
            Findings = [.. report.Findings.Where(finding => finding != waived)],
            Gate = Hostile,
            Policy = new PolicyVerdict
            {
                Findings = [.. report.Findings.Where(finding => finding != waived)],
                Waived = [(waived, waiver)],
                Baselined = [],
                FixedSinceBaseline = [],
                Expired = [],
                ExpiringSoon = [],
                Stale = [],
                GateFailures = [],
            },
        };
    }

    private static Project Project(string id, string? name, int row, decimal? budget, string? sponsor = null) => new()
    {
        Id = id,
        PortfolioId = "PF-1",
        Name = name,
        Stage = LifecycleStage.Execution,
        Sponsor = sponsor,
        BudgetAtCompletion = budget,
        Source = new SourceRow("exports/" + Hostile + ".csv", row, new Dictionary<string, SourceCell>
        {
            ["name"] = new SourceCell { Column = "Name " + Hostile, Value = name ?? string.Empty },
            ["sponsor"] = new SourceCell { Column = "Sponsor | <b>", Value = sponsor ?? string.Empty },
            ["budget_at_completion"] = new SourceCell { Column = "Budget", Value = budget?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Hostile },
        }),
    };

    /// <summary>TST-THROW: throws on the project named "Throws", so the report has a rule error; passes the others.</summary>
    public sealed class Throws : SubjectRule<Project>
    {
        public override RuleDescriptor Descriptor { get; } = new()
        {
            Id = "TST-THROW",
            Title = "Never throws " + Hostile,
            Severity = Severity.Low,
            Category = "governance",
            AppliesTo = EntityKind.Project,
        };

        protected override Verdict Assess(Project project, IAssessmentContext context) => project.Name == "Throws"
            ? throw new InvalidOperationException("Broke on " + Hostile)
            : Verdict.Pass(project.EvidenceOf("name", project.Name));
    }
}
