using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using PmoAssess.Reports;
using static PmoAssess.Reporting.Markdown.ReportText;

namespace PmoAssess.Reporting.Markdown;

/// <summary>
/// The executive summary: the overall maturity in a sentence, the findings by severity, and the few rules that
/// matter most, each linked to its findings.
/// </summary>
internal static class SummarySection
{
    /// <summary>The section, from the findings as <paramref name="tally"/> counted them.</summary>
    public static void Write(MarkdownDocument document, AssessmentReport report, FindingsTally tally)
    {
        document.Heading(2, "Executive summary");
        if (report.Maturity is { } maturity)
        {
            document.Paragraph(MaturitySection.Sentence(maturity) + " See [Maturity](#maturity).");
        }

        var findings = report.Findings;
        document.Paragraph(findings.Count == 0
            ? "No findings: every rule that could be assessed was met."
            : Counted.Of(findings.Count, "finding", "findings") + " across " + Counted.Of(tally.Subjects, "subject", "subjects") +
              (report.ProjectCount == 0 ? "." : "; " + Number(tally.Projects) + " of the " + Counted.Of(report.ProjectCount, "project", "projects") + " have at least one."));

        document.Table(["Severity", "Findings"],
            Enum.GetValues<Severity>().Reverse().Select(severity =>
                (IReadOnlyList<string>)[Label(severity), Number(tally.BySeverity.GetValueOrDefault(severity))]),
            [false, true]);

        WriteTopFindings(document, tally);
    }

    private static void WriteTopFindings(MarkdownDocument document, FindingsTally tally)
    {
        var top = TopRules(tally).ToList();
        if (top.Count == 0)
        {
            return;
        }

        document.Heading(3, "The findings that matter most");
        document.Paragraph("The most severe first and, among equals, the rules that fail the most subjects:");
        document.NumberedList(top.Select(rule =>
        {
            var id = MarkdownText.Escape(rule.Rule.Id);
            var anchor = Anchor(rule.Rule.Id);
            return "**" + Label(rule.Severity) + "** " + (anchor.Length == 0 ? id : "[" + id + "](#" + anchor + ")") + " " +
                   MarkdownText.Escape(rule.Rule.Title).Trim() + ": fails " + Counted.Of(rule.Subjects, "subject", "subjects") + ".";
        }));
    }

    /// <summary>The rules that matter most: by severity, then by how many subjects they fail, ties by rule id.</summary>
    private static IEnumerable<FindingsTally.RuleTally> TopRules(FindingsTally tally) =>
        tally.Rules
            .OrderByDescending(rule => rule.Severity)
            .ThenByDescending(rule => rule.Subjects)
            .ThenBy(rule => rule.Rule.Id, StringComparer.Ordinal)
            .Take(MarkdownReportWriter.TopFindings);
}
