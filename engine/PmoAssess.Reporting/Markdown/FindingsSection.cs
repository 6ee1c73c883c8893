using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using PmoAssess.Reports;
using static PmoAssess.Reporting.Markdown.ReportText;

namespace PmoAssess.Reporting.Markdown;

/// <summary>
/// The findings, grouped by category, then severity, then rule: each rule once with why it matters and what to do,
/// then its findings with their evidence. A rule failing many subjects shows the first few here; the appendix
/// lists every finding.
/// </summary>
internal static class FindingsSection
{
    /// <summary>The heading of the appendix's full list, and its anchor.</summary>
    private const string AllHeading = "Every finding";

    private static readonly string[] Headers = ["Rule", "Subject", "Finding", "Evidence"];

    /// <summary>Whether some rule fails more subjects than the body shows, so the appendix lists every finding.</summary>
    public static bool IsSummarised(AssessmentReport report) =>
        report.Findings.CountBy(finding => (finding.Rule.Id, finding.Severity)).Any(group => group.Value > MarkdownReportWriter.FindingsPerRule);

    public static void Write(MarkdownDocument document, AssessmentReport report, bool summarised)
    {
        document.Heading(2, "Findings");
        if (report.Findings.Count == 0)
        {
            document.Paragraph("None.");
            return;
        }

        document.Paragraph("Grouped by category, then severity, then rule: each rule says why it matters and what to do, then lists the subjects it fails with the evidence." +
            (summarised
                ? " A rule that fails more than " + Number(MarkdownReportWriter.FindingsPerRule) + " subjects shows its first " + Number(MarkdownReportWriter.FindingsPerRule) +
                  " here; [" + AllHeading.ToLowerInvariant() + "](#" + Anchor(AllHeading) + ") is in the appendix."
                : string.Empty));

        // Category and severity share one heading level, so rules sit at H4: viewers and the HTML page style H1 to H4.
        foreach (var category in ByCategory(report.Findings))
        {
            foreach (var severity in category.GroupBy(finding => finding.Severity).OrderByDescending(group => group.Key))
            {
                document.Heading(3, MarkdownText.Escape(Capitalise(category.Key)) + ": " + Label(severity.Key).ToLowerInvariant());
                foreach (var rule in severity.GroupBy(finding => finding.Rule.Id, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
                {
                    WriteRule(document, report, [.. rule]);
                }
            }
        }
    }

    /// <summary>The appendix's full list: every finding, grouped by category, in the body's order.</summary>
    public static void WriteAll(MarkdownDocument document, AssessmentReport report)
    {
        document.Heading(3, AllHeading);
        document.Paragraph(Count(report.Findings.Count, "finding", "findings") + ", grouped by category, then severity, then rule.");
        var room = MarkdownReportWriter.AppendixRows;
        foreach (var category in ByCategory(report.Findings))
        {
            if (room == 0)
            {
                break;
            }

            var rows = category
                .OrderByDescending(finding => finding.Severity)
                .ThenBy(finding => finding.Rule.Id, StringComparer.Ordinal)
                .Take(room)
                .ToList();
            room -= rows.Count;
            document.Heading(4, MarkdownText.Escape(Capitalise(category.Key)));
            document.Table(["Rule", "Severity", "Subject", "Finding", "Evidence"], rows
                .Select(finding => (IReadOnlyList<string>)
                [
                    MarkdownText.Escape(finding.Rule.Id),
                    Label(finding.Severity),
                    Subject(finding.Outcome, report),
                    Message(finding),
                    Evidence(finding.Outcome.Evidence),
                ]));
        }

        if (AppendixPart(report.Findings, "findings").More is { } more)
        {
            document.Paragraph(more);
        }
    }

    private static void WriteRule(MarkdownDocument document, AssessmentReport report, IReadOnlyList<Finding> findings)
    {
        var rule = findings[0].Rule;
        var limit = MarkdownReportWriter.FindingsPerRule;
        document.Heading(4, MarkdownText.Escape(rule.Id));
        document.Paragraph("**" + MarkdownText.Escape(rule.Title).Trim() + "**: fails " + Count(findings.Count, "subject", "subjects") + ".");

        var advice = new List<string>();
        if (!string.IsNullOrWhiteSpace(rule.Rationale))
        {
            advice.Add("Why it matters: " + MarkdownText.Escape(rule.Rationale).Trim());
        }

        if (!string.IsNullOrWhiteSpace(rule.Remediation))
        {
            advice.Add("What to do: " + MarkdownText.Escape(rule.Remediation).Trim());
        }

        if (advice.Count > 0)
        {
            document.Bullets(advice);
        }

        document.Table(Headers, findings.Take(limit).Select(finding => (IReadOnlyList<string>)
        [
            MarkdownText.Escape(finding.Rule.Id),
            Subject(finding.Outcome, report),
            Message(finding),
            Evidence(finding.Outcome.Evidence),
        ]));
        if (findings.Count > limit)
        {
            document.Paragraph("… and " + Number(findings.Count - limit) + " more: see [" + AllHeading.ToLowerInvariant() + "](#" + Anchor(AllHeading) + ") in the appendix.");
        }
    }

    private static IEnumerable<IGrouping<string, Finding>> ByCategory(IEnumerable<Finding> findings) =>
        findings.GroupBy(finding => finding.Rule.Category, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal);
}
