using System.Runtime.CompilerServices;
using System.Text;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;
using PmoAssess.Reports;
using static PmoAssess.Reporting.Markdown.ReportText;

namespace PmoAssess.Reporting.Markdown;

/// <summary>
/// Writes <c>report.md</c>, the canonical report, readable from a handful of projects to tens of thousands.
/// </summary>
/// <remarks>
/// Sections, in order (H2 unless noted; a bracketed section appears only when it has something to say):
/// the title (H1) with a table of what was assessed; [Plugins not loaded]; Executive summary (overall maturity,
/// findings by severity, the findings that matter most); [Maturity]; [Since the last assessment] (only when the run was
/// recorded in a history store); Project scorecard; Findings (by category,
/// severity and rule); [Waived findings]; [Baselined findings]; [Fixed since the baseline]; [Waivers to review]; [Data quality];
/// Not assessable; [Rule errors]; Appendix: Rules evaluated (H3), then, only when the body was summarised, Every
/// finding, Everything not assessable, Every rule error and Every project, and last Data sources.
/// The body shows at most <see cref="FindingsPerRule"/> findings (and not-assessable outcomes, and errors) per
/// rule and <see cref="ScorecardRows"/> projects; the appendix then lists every one, up to <see cref="AppendixRows"/>
/// rows a list, beyond which it says how many more there are and that <c>findings.json</c> holds them all.
/// </remarks>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <summary>The most findings of one rule the body lists; the rest are in the appendix.</summary>
    public const int FindingsPerRule = 10;

    /// <summary>The most projects the body's scorecard lists: those with the most severe findings.</summary>
    public const int ScorecardRows = 50;

    /// <summary>
    /// The most rows one appendix list holds (every finding, everything not assessable, every rule error, every project):
    /// a report of a hundred thousand projects stays a document, and <c>findings.json</c> has every outcome.
    /// </summary>
    public const int AppendixRows = 10_000;

    /// <summary>How many rules the executive summary names as the findings that matter most.</summary>
    public const int TopFindings = 5;

    private const string SourcesHeading = "Data sources";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // Writers run side by side: the first to ask composes, and the other waits for the same text.
    private static readonly ConditionalWeakTable<AssessmentReport, Lazy<string>> Rendered = new();

    public string Format => "md";

    public string FileName => "report.md";

    public void Write(AssessmentReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        // Straight to the stream: no array of bytes of a report that may run to megabytes.
        using var text = new StreamWriter(output, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true);
        text.Write(Render(report));
    }

    /// <summary>Renders the report as Markdown text.</summary>
    /// <remarks>
    /// Made once per report, whichever asks first: report.html renders this same text, and on a large assessment
    /// composing it takes as long as rendering it. A report does not change, so neither does its text.
    /// </remarks>
    public static string Render(AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Rendered.GetValue(report, static made => new Lazy<string>(() => Compose(made).ToString())).Value;
    }

    private static MarkdownDocument Compose(AssessmentReport report)
    {
        // The findings are counted once, for the summary and the scorecard both.
        var projects = new ProjectPlaces(report.Projects);
        var tally = FindingsTally.Of(report.Findings, projects);
        var scores = ProjectScore.InDatasetOrder(report, projects, tally);
        var scorecard = ProjectScore.WorstFirst(scores);
        var findingsSummarised = FindingsSection.IsSummarised(report);
        var findingsByCategory = FindingsSection.ByCategory(report.Findings);
        var notAssessableSummarised = OutcomesSection.IsSummarised(report.NotAssessable);
        var errorsSummarised = OutcomesSection.IsSummarised(report.Errors);

        var document = new MarkdownDocument();
        WriteTitle(document, report);
        WriteSkippedPlugins(document, report);
        SummarySection.Write(document, report, tally);
        if (report.Maturity is { } maturity)
        {
            MaturitySection.Write(document, maturity);
        }

        if (report.History is { } history)
        {
            HistorySection.Write(document, report, history);
        }

        ScorecardSection.Write(document, scorecard);
        FindingsSection.Write(document, report, findingsByCategory, findingsSummarised);
        if (report.Policy is { } policy)
        {
            PolicySection.Write(document, policy, report);
        }

        if (report.DataQuality is { } dataQuality)
        {
            DataQualitySection.Write(document, dataQuality);
        }

        foreach (var section in report.PluginSections)
        {
            // The plugin's own Markdown: it escapes the data it shows (MarkdownText.Escape); raw HTML never renders.
            document.Heading(2, MarkdownText.Escape(section.Title));
            document.Paragraph(section.Markdown.Trim());
        }

        OutcomesSection.WriteNotAssessable(document, report, notAssessableSummarised);
        OutcomesSection.WriteErrors(document, report, errorsSummarised);

        document.Heading(2, "Appendix");
        WriteRules(document, report);
        if (findingsSummarised)
        {
            FindingsSection.WriteAll(document, report, findingsByCategory);
        }

        if (notAssessableSummarised)
        {
            OutcomesSection.WriteAllNotAssessable(document, report);
        }

        if (errorsSummarised)
        {
            OutcomesSection.WriteAllErrors(document, report);
        }

        if (ScorecardSection.IsSummarised(scorecard))
        {
            ScorecardSection.WriteAll(document, scorecard, scores);
        }

        WriteSources(document, report);
        return document;
    }

    private static void WriteTitle(MarkdownDocument document, AssessmentReport report)
    {
        document.Heading(1, "PMO assessment: " + MarkdownText.Escape(report.Engagement));
        var details = new List<IReadOnlyList<string>>
        {
            new[] { "As of", Date(report.AsOf) },
            new[] { "Projects", Number(report.ProjectCount) + " in " + Counted.Of(report.PortfolioCount, "portfolio", "portfolios") },
        };
        if (report.Maturity is { } maturity)
        {
            details.Add(["Methodology", MaturitySection.Title(maturity.Methodology)]);
        }

        details.Add(["Rules", Number(report.Rules.Count) + " from " + OrDash(MarkdownText.Escape(string.Join(", ", report.RuleSources)))]);
        details.Add(["Data sources", report.Sources.Count == 0
            ? "none: the data was not read from files"
            : Counted.Of(report.Sources.Count, "file", "files") + ", with their SHA-256 hashes in the [appendix](#" + Anchor(SourcesHeading) + ")"]);
        if (report.Gate is { } gate)
        {
            details.Add(["Gate", MarkdownText.Escape(gate)]);
        }

        document.Table(["Assessment", "Details"], details);
    }

    private static void WriteSkippedPlugins(MarkdownDocument document, AssessmentReport report)
    {
        if (report.SkippedPlugins.Count == 0)
        {
            return;
        }

        document.Heading(2, "Plugins not loaded");
        document.Paragraph("These plugins were broken and skipped: their rules did not run, so this assessment is incomplete.");
        document.Table(["Plugin", "Reason"], report.SkippedPlugins.Select(plugin => (IReadOnlyList<string>)
            [MarkdownText.Escape(plugin.Assembly), MarkdownText.Escape(plugin.Reason)]));
    }

    private static void WriteRules(MarkdownDocument document, AssessmentReport report)
    {
        var rules = report.Rules;
        document.Heading(3, "Rules evaluated");
        document.Paragraph("Every rule applied to every subject it covers, with its outcomes. Coverage is passed over applicable: a subject that could not be assessed counts against it.");
        document.Table(["Outcome", "Count"],
        [
            ["Passed", Number(rules.Sum(rule => rule.Passed))],
            ["Failed", Number(rules.Sum(rule => rule.Failed))],
            ["Not assessable", Number(rules.Sum(rule => rule.NotAssessable))],
            ["Error", Number(rules.Sum(rule => rule.Errors))],
            ["Not applicable", Number(rules.Sum(rule => rule.NotApplicable))],
        ], [false, true]);

        document.Table(
            ["Rule", "Title", "Severity", "Category", "Passed", "Failed", "Not assessable", "Not applicable", "Coverage"],
            rules.Select(rule => (IReadOnlyList<string>)
            [
                MarkdownText.Escape(rule.Rule.Id),
                MarkdownText.Escape(rule.Rule.Title),
                Label(rule.Rule.Severity),
                MarkdownText.Escape(rule.Rule.Category),
                Number(rule.Passed),
                Number(rule.Failed),
                Number(rule.NotAssessable + rule.Errors),
                Number(rule.NotApplicable),
                rule.Coverage is { } coverage ? Shares.Column(coverage) : "n/a",
            ]),
            [false, false, false, false, true, true, true, true, true]);
    }

    private static void WriteSources(MarkdownDocument document, AssessmentReport report)
    {
        document.Heading(3, SourcesHeading);
        if (report.Sources.Count == 0)
        {
            document.Paragraph("None: the data was not read from files.");
            return;
        }

        document.Table(["File", "Records", "SHA-256"], report.Sources.Select(source => (IReadOnlyList<string>)
            [MarkdownText.Escape(source.File), Number(source.Records), source.Sha256]),
            [false, true, false]);
    }
}
