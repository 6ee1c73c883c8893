using System.Globalization;
using PmoAssess.Reporting.Model;
using PmoAssess.Reports;
using static PmoAssess.Reporting.Markdown.ReportText;

namespace PmoAssess.Reporting.Markdown;

/// <summary>
/// "Since the last assessment": the run compared with, the level of each category before and now, the regressions
/// (categories that fell, rules whose coverage fell), new and resolved findings by rule and subject, and the trend of
/// levels over the last runs as a table and a Mermaid line chart (report.html draws it as an inline SVG).
/// </summary>
internal static class HistorySection
{
    /// <summary>The section's heading; its anchor is where report.html finds the trend chart's place.</summary>
    public const string Heading = "Since the last assessment";

    /// <summary>The most new (or resolved) findings the section lists; <c>pmoassess history compare</c> lists them all.</summary>
    public const int FindingRows = 25;

    public static void Write(MarkdownDocument document, AssessmentReport report, HistoryComparison history)
    {
        document.Heading(2, Heading);
        if (history.Previous is not { } previous)
        {
            document.Paragraph("This is the earliest assessment of **" + MarkdownText.Escape(history.Current.Engagement) + "** in its history" +
                (history.Current.Id is { } id ? " (run " + RunId(id) + ")" : string.Empty) + ": the next one will show what changed since.");
            return;
        }

        var regressions = history.LevelRegressions.Count() + history.CoverageRegressions.Count();
        document.Paragraph("Compared with " + Run(previous) + ", as of " + Date(previous.AsOf) + " (recorded " + Time(previous.RecordedAt) + "): " +
            (regressions == 0 ? "no regressions" : "**" + Counted.Of(regressions, "regression", "regressions") + "**") + ", " +
            Counted.Of(history.NewFindings.Count, "new finding", "new findings") + " and " + Number(history.ResolvedFindings.Count) + " resolved.");
        if (history.MethodologyChanged)
        {
            document.Paragraph("The previous run was scored under " + Methodology(previous) + " and this one under " + Methodology(history.Current) +
                ": their levels do not compare.");
        }
        else if (history.Levels.Count > 0)
        {
            document.Table(["Category", "Before", "Now", "Change"], history.Levels.Select(level => (IReadOnlyList<string>)
                [MarkdownText.Escape(level.Category), Level(level.Before), Level(level.After), Change(level)]));
        }

        WriteRegressions(document, history);
        WriteFindings(document, report, history, "New findings", "No finding is new.", history.NewFindings, "Finding");
        WriteFindings(document, report, history, "Resolved findings", "No finding was resolved.", history.ResolvedFindings, "Finding then");
        WriteTrend(document, report, history);
    }

    private static void WriteRegressions(MarkdownDocument document, HistoryComparison history)
    {
        var items = history.LevelRegressions.Select(level =>
                "**" + MarkdownText.Escape(level.Category) + "** fell from level " + Number(level.Before!.Value) + " to " + Number(level.After!.Value) + ".")
            .Concat(history.CoverageRegressions.Select(rule =>
                "**" + MarkdownText.Escape(rule.RuleId) + "** " + MarkdownText.Escape(rule.Title).Trim() + ": coverage fell from " + Shares.Format(rule.Before) + " to " + Shares.Format(rule.After) + "."))
            .ToList();
        if (items.Count == 0)
        {
            return;
        }

        document.Heading(3, "Regressions");
        document.Bullets(items);
    }

    private static void WriteFindings(
        MarkdownDocument document, AssessmentReport report, HistoryComparison history, string heading, string none, IReadOnlyList<FindingChange> findings, string messageHeader)
    {
        document.Heading(3, heading);
        if (findings.Count == 0)
        {
            document.Paragraph(none);
            return;
        }

        document.Table(["Rule", "Subject", "Severity", messageHeader], findings.Take(FindingRows).Select(finding => (IReadOnlyList<string>)
        [
            MarkdownText.Escape(finding.RuleId),
            Subject(finding, report),
            Label(finding.Severity) + (finding.State == FindingState.Open ? string.Empty : " (" + finding.State.ToString().ToLowerInvariant() + ")"),
            OrDash(MarkdownText.Escape(finding.Message ?? string.Empty)),
        ]));
        if (findings.Count > FindingRows)
        {
            document.Paragraph("And " + Number(findings.Count - FindingRows) + " more" +
                (history is { Previous.Id: { } before, Current.Id: { } after }
                    ? ": `pmoassess history compare " + RunId(before) + " " + RunId(after) + "` lists them all."
                    : "."));
        }
    }

    private static void WriteTrend(MarkdownDocument document, AssessmentReport report, HistoryComparison history)
    {
        if (history.Trend.Count < 2 || history.Levels.Count == 0)
        {
            return;
        }

        var labels = TrendLabels(history.Trend);
        document.Heading(3, "Trend");
        document.Paragraph("The level of each category over the last " + Counted.Of(history.Trend.Count, "assessment", "assessments") + " under " +
            Methodology(history.Current) + ", oldest first:");
        document.Table(["Category", .. labels],
            history.Levels.Select((level, index) => (IReadOnlyList<string>)
                [MarkdownText.Escape(level.Category), .. history.Trend.Select(point => point.Levels[index] is { } reached ? Number(reached) : "-")]),
            [false, .. labels.Select(_ => true)]);
        // A line per category; Mermaid's xychart has no legend, so the table above names the lines.
        document.Fenced("mermaid",
        [
            "xychart-beta",
            "    title \"Maturity level per category, last " + Number(history.Trend.Count) + " assessments\"",
            "    x-axis [" + string.Join(", ", labels.Select(label => "\"" + label + "\"")) + "]",
            "    y-axis \"Level\" 0 --> " + Number(TopLevel(report, history)),
            .. history.Levels.Select((_, index) => "    line [" + string.Join(", ", history.Trend.Select(point => Number(point.Levels[index] ?? 0))) + "]"),
        ]);
    }

    /// <summary>The highest level the trend chart shows: the methodology's top level, else the highest level seen.</summary>
    public static int TopLevel(AssessmentReport report, HistoryComparison history) =>
        report.Maturity?.Methodology.TopLevel ?? Math.Max(1, history.Trend.SelectMany(point => point.Levels).Max() ?? 1);

    /// <summary>Each run's label on the trend: its as-of date, with its run id when two runs share a date.</summary>
    public static IReadOnlyList<string> TrendLabels(IReadOnlyList<TrendPoint> trend)
    {
        var dates = trend.Select(point => Date(point.Run.AsOf)).ToList();
        return dates.Distinct(StringComparer.Ordinal).Count() == dates.Count
            ? dates
            : [.. trend.Select((point, index) => dates[index] + (point.Run.Id is { } id ? " #" + RunId(id) : " (this run)"))];
    }

    private static string Subject(FindingChange finding, AssessmentReport report) =>
        MarkdownText.Escape(SubjectText(finding.SubjectKind, finding.SubjectId, finding.ProjectId, report));

    private static string Run(HistoryRun run) => run.Id is { } id ? "run " + RunId(id) : "the previous run";

    private static string Methodology(HistoryRun run) => run.MethodologyId is { } id
        ? "**" + MarkdownText.Escape(id) + "**" + (run.MethodologyVersion is { } version ? " " + MarkdownText.Escape(version) : string.Empty)
        : "no methodology";

    private static string Level(int? level) => level is { } reached ? Number(reached) : "not assessed";

    private static string Change(LevelChange level) => level.Change switch
    {
        null => "-",
        0 => "same",
        > 0 and var up => "up " + Number(up),
        var down => "**down " + Number(-down.Value) + "**",
    };

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    private static string RunId(long id) => id.ToString(CultureInfo.InvariantCulture);
}
