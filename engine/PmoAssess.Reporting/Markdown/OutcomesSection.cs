using System.Runtime.InteropServices;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using PmoAssess.Reports;
using static PmoAssess.Reporting.Markdown.ReportText;

namespace PmoAssess.Reporting.Markdown;

/// <summary>
/// What the rules could not decide: outcomes not assessable for missing data, and rules that threw. Like findings,
/// a rule with many shows the first few in the body and every one in the appendix.
/// </summary>
internal static class OutcomesSection
{
    private const string AllNotAssessable = "Everything not assessable";

    private const string AllErrors = "Every rule error";

    private static readonly string[] NotAssessableHeaders = ["Rule", "Subject", "Missing field", "Evidence"];

    private static readonly string[] ErrorHeaders = ["Rule", "Subject", "Error"];

    /// <summary>Whether some rule has more outcomes in <paramref name="outcomes"/> than the body shows.</summary>
    public static bool IsSummarised(IReadOnlyList<RuleOutcome> outcomes) => AnyMoreThanShown(outcomes.Select(outcome => outcome.RuleId));

    public static void WriteNotAssessable(MarkdownDocument document, AssessmentReport report, bool summarised)
    {
        document.Heading(2, "Not assessable");
        if (report.NotAssessable.Count == 0)
        {
            document.Paragraph("None: every rule had the data it needed.");
            return;
        }

        document.Paragraph("These subjects could not be assessed because a value the rule needs is missing, or could not be read. They count against coverage, never as passes.");
        document.Table(NotAssessableHeaders, Shown(report.NotAssessable, summarised).Select(outcome => NotAssessableRow(outcome, report)));
        if (summarised)
        {
            document.Paragraph(More(report.NotAssessable, AllNotAssessable));
        }
    }

    public static void WriteErrors(MarkdownDocument document, AssessmentReport report, bool summarised)
    {
        if (report.Errors.Count == 0)
        {
            return;
        }

        document.Heading(2, "Rule errors");
        document.Paragraph("These rules threw on these subjects; every other rule and subject was assessed.");
        document.Table(ErrorHeaders, Shown(report.Errors, summarised).Select(outcome => ErrorRow(outcome, report)));
        if (summarised)
        {
            document.Paragraph(More(report.Errors, AllErrors));
        }
    }

    public static void WriteAllNotAssessable(MarkdownDocument document, AssessmentReport report)
    {
        document.Heading(3, AllNotAssessable);
        var (shown, more) = AppendixPart(report.NotAssessable, "not-assessable outcomes");
        document.Table(NotAssessableHeaders, shown.Select(outcome => NotAssessableRow(outcome, report)));
        if (more is not null)
        {
            document.Paragraph(more);
        }
    }

    public static void WriteAllErrors(MarkdownDocument document, AssessmentReport report)
    {
        document.Heading(3, AllErrors);
        var (shown, more) = AppendixPart(report.Errors, "rule errors");
        document.Table(ErrorHeaders, shown.Select(outcome => ErrorRow(outcome, report)));
        if (more is not null)
        {
            document.Paragraph(more);
        }
    }

    private static IReadOnlyList<string> NotAssessableRow(RuleOutcome outcome, AssessmentReport report) =>
    [
        MarkdownText.Escape(outcome.RuleId),
        Subject(outcome, report),
        OrDash(MarkdownText.Escape(outcome.MissingField)),
        Evidence(outcome.Evidence),
    ];

    private static IReadOnlyList<string> ErrorRow(RuleOutcome outcome, AssessmentReport report) =>
        [MarkdownText.Escape(outcome.RuleId), Subject(outcome, report), OrDash(MarkdownText.Escape(outcome.Message))];

    /// <summary>
    /// The outcomes the body shows: all, or the first few of each rule, rules in the order they first appear. Only those
    /// few are kept, not every outcome grouped: a large assessment has hundreds of thousands not assessable.
    /// </summary>
    private static IEnumerable<RuleOutcome> Shown(IReadOnlyList<RuleOutcome> outcomes, bool summarised)
    {
        if (!summarised)
        {
            return outcomes;
        }

        var rules = new Dictionary<string, List<RuleOutcome>>(StringComparer.Ordinal);
        var order = new List<List<RuleOutcome>>();
        foreach (var outcome in outcomes)
        {
            ref var shown = ref CollectionsMarshal.GetValueRefOrAddDefault(rules, outcome.RuleId, out var exists);
            if (!exists)
            {
                order.Add(shown = []);
            }

            if (shown!.Count < MarkdownReportWriter.FindingsPerRule)
            {
                shown.Add(outcome);
            }
        }

        return order.SelectMany(shown => shown);
    }

    /// <summary>"… and 1990 more (DQ-106: 1990), as only the first 10 of each rule are shown here: see everything not assessable in the appendix."</summary>
    private static string More(IReadOnlyList<RuleOutcome> outcomes, string heading)
    {
        var hidden = outcomes
            .CountBy(outcome => outcome.RuleId, StringComparer.Ordinal)
            .Where(rule => rule.Value > MarkdownReportWriter.FindingsPerRule)
            .Select(rule => (Rule: rule.Key, Hidden: rule.Value - MarkdownReportWriter.FindingsPerRule))
            .OrderBy(rule => rule.Rule, StringComparer.Ordinal)
            .ToList();
        return "… and " + Number(hidden.Sum(rule => rule.Hidden)) + " more (" +
               string.Join(", ", hidden.Select(rule => MarkdownText.Escape(rule.Rule) + ": " + Number(rule.Hidden))) +
               "), as only the first " + Number(MarkdownReportWriter.FindingsPerRule) + " of each rule are shown here: see [" + heading.ToLowerInvariant() + "](#" + Anchor(heading) +
               ") in the appendix.";
    }
}
