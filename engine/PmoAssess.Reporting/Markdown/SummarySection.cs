using System.Runtime.InteropServices;
using PmoAssess.Facts;
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
    public static void Write(MarkdownDocument document, AssessmentReport report)
    {
        document.Heading(2, "Executive summary");
        if (report.Maturity is { } maturity)
        {
            document.Paragraph(MaturitySection.Sentence(maturity) + " See [Maturity](#maturity).");
        }

        var findings = report.Findings;
        var (subjects, projects, bySeverity) = Spread(findings);
        document.Paragraph(findings.Count == 0
            ? "No findings: every rule that could be assessed was met."
            : Count(findings.Count, "finding", "findings") + " across " + Count(subjects, "subject", "subjects") +
              (report.ProjectCount == 0 ? "." : "; " + Number(projects) + " of the " + Count(report.ProjectCount, "project", "projects") + " have at least one."));

        document.Table(["Severity", "Findings"],
            Enum.GetValues<Severity>().Reverse().Select(severity =>
                (IReadOnlyList<string>)[Label(severity), Number(bySeverity.GetValueOrDefault(severity))]),
            [false, true]);

        WriteTopFindings(document, report);
    }

    private static void WriteTopFindings(MarkdownDocument document, AssessmentReport report)
    {
        var top = TopRules(report.Findings).ToList();
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
                   MarkdownText.Escape(rule.Rule.Title).Trim() + ": fails " + Count(rule.Subjects, "subject", "subjects") + ".";
        }));
    }

    /// <summary>
    /// How many distinct subjects and projects the findings are on, and how many findings each severity has: counted in
    /// one pass, as a large assessment has hundreds of thousands of findings.
    /// </summary>
    private static (int Subjects, int Projects, Dictionary<Severity, int> BySeverity) Spread(IReadOnlyList<Finding> findings)
    {
        var subjects = new Dictionary<EntityKind, HashSet<string>>();
        var projects = new HashSet<string>(StringComparer.Ordinal);
        var bySeverity = new Dictionary<Severity, int>();
        foreach (var finding in findings)
        {
            var outcome = finding.Outcome;
            if (!subjects.TryGetValue(outcome.SubjectKind, out var ofKind))
            {
                subjects.Add(outcome.SubjectKind, ofKind = new HashSet<string>(StringComparer.Ordinal));
            }

            ofKind.Add(outcome.SubjectId);
            if (outcome.ProjectId is { } projectId)
            {
                projects.Add(projectId);
            }

            CollectionsMarshal.GetValueRefOrAddDefault(bySeverity, finding.Severity, out _)++;
        }

        return (subjects.Values.Sum(ofKind => ofKind.Count), projects.Count, bySeverity);
    }

    /// <summary>The rules that matter most: by severity, then by how many subjects they fail, ties by rule id.</summary>
    private static IEnumerable<(RuleDescriptor Rule, Severity Severity, int Subjects)> TopRules(IReadOnlyList<Finding> findings)
    {
        var rules = new Dictionary<string, (RuleDescriptor Rule, Severity Severity, int Subjects)>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            ref var rule = ref CollectionsMarshal.GetValueRefOrAddDefault(rules, finding.Rule.Id, out var exists);
            rule = exists
                ? (rule.Rule, finding.Severity > rule.Severity ? finding.Severity : rule.Severity, rule.Subjects + 1)
                : (finding.Rule, finding.Severity, 1);
        }

        return rules.Values
            .OrderByDescending(rule => rule.Severity)
            .ThenByDescending(rule => rule.Subjects)
            .ThenBy(rule => rule.Rule.Id, StringComparer.Ordinal)
            .Take(MarkdownReportWriter.TopFindings);
    }
}
