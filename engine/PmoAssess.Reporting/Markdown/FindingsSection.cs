using System.Runtime.InteropServices;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using PmoAssess.Reports;
using static PmoAssess.Reporting.Markdown.ReportText;
using FindingsOfRule = PmoAssess.Reporting.Markdown.RuleShown<PmoAssess.Outcomes.RuleDescriptor, PmoAssess.Outcomes.Finding>;

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
        AnyMoreThanShown(report.Findings.RulesAndSeverities().Select(finding => (finding.Rule.Id, finding.Severity)));

    public static void Write(MarkdownDocument document, AssessmentReport report, IReadOnlyList<KeyValuePair<string, IReadOnlyList<Finding>>> byCategory, bool summarised)
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
        foreach (var (category, findings) in byCategory)
        {
            // Each rule keeps only the findings the body shows, and a count of the rest. A rule's findings of one severity
            // come together, as a rule: its entry is looked up when the rule or the severity changes.
            var rules = new Dictionary<(Severity, string), FindingsOfRule>();
            (RuleDescriptor? Descriptor, Severity Severity, FindingsOfRule? Findings) last = default;
            foreach (var finding in findings)
            {
                if (last.Findings is null || !ReferenceEquals(last.Descriptor, finding.Rule) || last.Severity != finding.Severity)
                {
                    ref var rule = ref CollectionsMarshal.GetValueRefOrAddDefault(rules, (finding.Severity, finding.Rule.Id), out _);
                    last = (finding.Rule, finding.Severity, rule ??= new FindingsOfRule(finding.Rule));
                }

                last.Findings.Add(finding);
            }

            foreach (var severity in rules.GroupBy(rule => rule.Key.Item1).OrderByDescending(group => group.Key))
            {
                document.Heading(3, MarkdownText.Escape(Capitalise(category)) + ": " + Label(severity.Key).ToLowerInvariant());
                foreach (var rule in severity.OrderBy(rule => rule.Key.Item2, StringComparer.Ordinal))
                {
                    WriteRule(document, report, rule.Value);
                }
            }
        }
    }

    /// <summary>The appendix's full list: every finding, grouped by category, in the body's order.</summary>
    public static void WriteAll(MarkdownDocument document, AssessmentReport report, IReadOnlyList<KeyValuePair<string, IReadOnlyList<Finding>>> byCategory)
    {
        document.Heading(3, AllHeading);
        document.Paragraph(Counted.Of(report.Findings.Count, "finding", "findings") + ", grouped by category, then severity, then rule.");
        var room = MarkdownReportWriter.AppendixRows;
        foreach (var (category, findings) in byCategory)
        {
            if (room == 0)
            {
                break;
            }

            // Findings come most severe first, then by rule, as a rule; the sort is stable.
            var rows = (Ordering.IsSorted(findings, BySeverityThenRule) ? (IEnumerable<Finding>)findings : findings.Order(Comparer<Finding>.Create(BySeverityThenRule)))
                .Take(room)
                .ToList();
            room -= rows.Count;
            document.Heading(4, MarkdownText.Escape(Capitalise(category)));
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

    private static void WriteRule(MarkdownDocument document, AssessmentReport report, FindingsOfRule findings)
    {
        var rule = findings.Rule;
        var limit = MarkdownReportWriter.FindingsPerRule;
        document.Heading(4, MarkdownText.Escape(rule.Id));
        document.Paragraph("**" + MarkdownText.Escape(rule.Title).Trim() + "**: fails " + Counted.Of(findings.Count, "subject", "subjects") + ".");

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

        document.Table(Headers, findings.Shown.Select(finding => (IReadOnlyList<string>)
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

    /// <summary>
    /// The findings of each category, in the given order; categories by name. Made once for the body and the appendix. Each
    /// category holds the runs of the list that are its own, not the findings: a large assessment's findings are millions,
    /// made when read.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, IReadOnlyList<Finding>>> ByCategory(IReadOnlyList<Finding> findings)
    {
        var categories = new Dictionary<string, ListRuns<Finding>>(StringComparer.Ordinal);
        (RuleDescriptor? Descriptor, ListRuns<Finding>? Runs) last = default;
        var index = 0;
        foreach (var (rule, _) in findings.RulesAndSeverities())
        {
            // A rule's findings mostly come together: its category is looked up when the rule changes.
            if (last.Runs is null || !ReferenceEquals(last.Descriptor, rule))
            {
                ref var category = ref CollectionsMarshal.GetValueRefOrAddDefault(categories, rule.Category, out _);
                last = (rule, category ??= new ListRuns<Finding>(findings));
            }

            last.Runs.AddPlace(index++);
        }

        return [.. categories.OrderBy(category => category.Key, StringComparer.Ordinal)
            .Select(category => KeyValuePair.Create(category.Key, (IReadOnlyList<Finding>)category.Value))];
    }

    private static readonly Comparison<Finding> BySeverityThenRule = (x, y) =>
        ((int)y.Severity).CompareTo((int)x.Severity) is var bySeverity and not 0 ? bySeverity : string.CompareOrdinal(x.Rule.Id, y.Rule.Id);
}
