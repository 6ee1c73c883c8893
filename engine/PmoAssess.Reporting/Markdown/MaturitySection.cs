using System.Globalization;
using PmoAssess.Reports;
using PmoAssess.Scoring;

namespace PmoAssess.Reporting.Markdown;

/// <summary>The maturity section of the report: the level of each category, what blocks the next, and the roadmap.</summary>
internal static class MaturitySection
{
    public static void Write(MarkdownDocument document, MaturityAssessment maturity)
    {
        var methodology = maturity.Methodology;
        document.Heading(2, "Maturity");
        document.Paragraph(
            "Scored under " + Named(methodology) +
            ": a rule counts as met when " + Shares.Format(methodology.Coverage) + " of the subjects it applies to pass, and the overall level is " +
            Aggregation(methodology.Aggregation) + ". Overall: **" + Overall(maturity) + "**.");

        var targets = maturity.Categories.Any(category => category.Target is not null);
        var headers = targets
            ? new[] { "Category", "Level", "Chart", "Target", "Gap", "Rules met", "Not assessable" }
            : ["Category", "Level", "Chart", "Rules met", "Not assessable"];
        document.Table(headers, maturity.Categories.Select(category => Row(category, methodology, targets)));
        // A bar chart that GitHub, GitLab and most Markdown viewers draw; report.html draws its own SVG in its place.
        document.Fenced("mermaid",
        [
            "xychart-beta",
            "    title \"Maturity by category\"",
            "    x-axis [" + string.Join(", ", maturity.Categories.Select(category => "\"" + ChartLabel(category.Category.Name) + "\"")) + "]",
            "    y-axis \"Level\" 0 --> " + Number(methodology.TopLevel),
            "    bar [" + string.Join(", ", maturity.Categories.Select(category => Number(category.Level ?? 0))) + "]",
        ]);

        WriteBlockers(document, maturity);
        WriteRoadmap(document, maturity);

        if (maturity.Unscored.Count > 0)
        {
            document.Paragraph(Number(maturity.Unscored.Count) + " rules are not scored by this methodology: " +
                MarkdownText.Escape(string.Join(", ", maturity.Unscored.Select(rule => rule.Id))) + ".");
        }

        if (methodology.Notice is { } notice)
        {
            document.Paragraph("*" + MarkdownText.Escape(notice) + "*");
        }
    }

    /// <summary>The overall maturity in one sentence, for the executive summary.</summary>
    public static string Sentence(MaturityAssessment maturity) => maturity.Overall is null
        ? "Overall maturity could not be assessed under " + Named(maturity.Methodology) + ": no category had the evidence to be scored."
        : "Overall maturity is **" + Overall(maturity) + "** under " + Named(maturity.Methodology) + ": " + OverallMeaning(maturity.Methodology.Aggregation) + ".";

    /// <summary>"PMO functions 1.0.0": the methodology's name and version, escaped.</summary>
    public static string Title(Methodology methodology) =>
        MarkdownText.Escape(methodology.Name) + (methodology.Version is null ? string.Empty : " " + MarkdownText.Escape(methodology.Version));

    private static string Named(Methodology methodology) =>
        "**" + MarkdownText.Escape(methodology.Name) + "**" + (methodology.Version is null ? string.Empty : " " + MarkdownText.Escape(methodology.Version));

    private static List<string> Row(CategoryScore category, Methodology methodology, bool targets)
    {
        var scored = category.Rules.Where(rule => rule.State != RuleState.NotEvidenced).ToList();
        var cells = new List<string>
        {
            MarkdownText.Escape(category.Category.Name),
            category.Level is { } level ? Number(level) + " " + MarkdownText.Escape(methodology.LevelName(level)) : "not assessed",
            Chart(category.Level, methodology.TopLevel),
        };
        if (targets)
        {
            cells.Add(category.Target is { } target ? Number(target) : "-");
            cells.Add(category.Gap is { } gap ? Number(gap) : "-");
        }

        cells.Add(Number(scored.Count(rule => rule.State == RuleState.Met)) + " of " + Number(scored.Count));
        cells.Add(Number(category.Rules.Sum(rule => rule.NotAssessable)));
        return cells;
    }

    private static void WriteBlockers(MarkdownDocument document, MaturityAssessment maturity)
    {
        var blocked = maturity.Categories.Where(category => category.Blockers.Count > 0).ToList();
        if (blocked.Count == 0)
        {
            return;
        }

        document.Heading(3, "What blocks the next level");
        document.Bullets(blocked.SelectMany(category => category.Blockers.Select(rule =>
            MarkdownText.Escape(category.Category.Name) + ", level " + Number(rule.Level) + ": " + MarkdownText.Escape(rule.Rule.Id) + " " +
            MarkdownText.Escape(rule.Rule.Title) + " (" + Evidence(rule) + ")")));
    }

    private static void WriteRoadmap(MarkdownDocument document, MaturityAssessment maturity)
    {
        if (maturity.Roadmap.Count == 0)
        {
            return;
        }

        document.Heading(3, "Roadmap");
        document.Paragraph(string.Join('\n', maturity.Roadmap.Select((step, index) =>
            Number(index + 1) + ". **" + (step.Rule is { } rule ? MarkdownText.Escape(rule.Rule.Id) + " " : string.Empty) + MarkdownText.Escape(step.Action) + ".**" +
            (step.Detail is null ? string.Empty : " " + MarkdownText.Escape(step.Detail)) +
            (step.Rule is { } scored ? " (" + MarkdownText.Escape(CategoryName(maturity, scored.Category)) + ", level " + Number(scored.Level) + "; " + Evidence(scored) + ")" : string.Empty))));
    }

    private static string Evidence(RuleScore rule) => rule.State == RuleState.Unknown
        ? "not assessable on any of its " + Number(rule.NotAssessable) + " subjects"
        : Shares.Format(rule.Coverage ?? 0) + " met: " + Number(rule.Passed) + " of " + Number(rule.Passed + rule.Failed + rule.NotAssessable) + " subjects pass" +
          (rule.NotAssessable > 0 ? ", " + Number(rule.NotAssessable) + " not assessable" : string.Empty);

    private static string CategoryName(MaturityAssessment maturity, string id) =>
        maturity.Categories.First(category => category.Category.Id == id).Category.Name;

    private static string Overall(MaturityAssessment maturity) => maturity.Overall is { } overall
        ? overall.ToString("0.#", CultureInfo.InvariantCulture) +
          (decimal.IsInteger(overall) ? " " + MarkdownText.Escape(maturity.Methodology.LevelName((int)overall)) : string.Empty)
        : "not assessed";

    private static string OverallMeaning(Aggregation aggregation) => aggregation switch
    {
        Scoring.Aggregation.Weakest => "the level of the weakest category",
        Scoring.Aggregation.Mean => "the mean of the categories' levels",
        _ => "the weighted mean of the categories' levels",
    };

    private static string Aggregation(Aggregation aggregation) => aggregation switch
    {
        Scoring.Aggregation.Weakest => "the weakest category's",
        Scoring.Aggregation.Mean => "the mean of the categories'",
        _ => "the weighted mean of the categories'",
    };

    /// <summary>A bar of filled and empty squares, so the levels read as a chart in any Markdown viewer.</summary>
    private static string Chart(int? level, int top) =>
        level is { } reached ? new string('■', reached) + new string('□', Math.Max(0, top - reached)) : "-";


    // Quotes and backticks would end the label or the fence.
    private static string ChartLabel(string name) => name.Replace('"', '\'').Replace('`', '\'');

    private static string Number(int value) => ReportText.Number(value);
}
