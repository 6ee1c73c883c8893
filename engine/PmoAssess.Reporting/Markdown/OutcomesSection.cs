using System.Runtime.InteropServices;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;
using PmoAssess.Reports;
using static PmoAssess.Reporting.Markdown.ReportText;
using OutcomesOfRule = PmoAssess.Reporting.Markdown.RuleShown<string, int>;

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
        var byRule = summarised ? ByRule(report.NotAssessable) : null;
        document.Table(NotAssessableHeaders, Shown(report.NotAssessable, byRule).Select(outcome => NotAssessableRow(outcome, report)));
        if (byRule is not null)
        {
            document.Paragraph(More(byRule, AllNotAssessable));
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
        var byRule = summarised ? ByRule(report.Errors) : null;
        document.Table(ErrorHeaders, Shown(report.Errors, byRule).Select(outcome => ErrorRow(outcome, report)));
        if (byRule is not null)
        {
            document.Paragraph(More(byRule, AllErrors));
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

    /// <summary>The outcomes the body shows: all, or when summarised (<paramref name="byRule"/> given) the first few of each rule.</summary>
    private static IEnumerable<RuleOutcome> Shown(IReadOnlyList<RuleOutcome> outcomes, List<OutcomesOfRule>? byRule) =>
        byRule is null ? outcomes : byRule.SelectMany(rule => rule.Shown).Select(place => outcomes[place]);

    /// <summary>
    /// Each rule's outcomes, rules in the order they first appear: how many, and the places of the first few the body
    /// shows. Only those few are kept, not every outcome grouped, and the others are not made: a large assessment has
    /// hundreds of thousands not assessable, and each rule's are counted by its id alone.
    /// </summary>
    private static List<OutcomesOfRule> ByRule(IReadOnlyList<RuleOutcome> outcomes)
    {
        var rules = new Dictionary<string, OutcomesOfRule>(StringComparer.Ordinal);
        var order = new List<OutcomesOfRule>();
        OutcomesOfRule? last = null;
        for (var place = 0; place < outcomes.Count; place++)
        {
            // A rule's outcomes come together: its entry is looked up when the rule changes, not for every outcome.
            var (ruleId, _) = OutcomeListing.RuleAndStatusAt(outcomes, place);
            if (last is null || !ReferenceEquals(last.Rule, ruleId))
            {
                ref var rule = ref CollectionsMarshal.GetValueRefOrAddDefault(rules, ruleId, out var exists);
                if (!exists)
                {
                    order.Add(rule = new OutcomesOfRule(ruleId));
                }

                last = rule!;
            }

            last.Add(place);
        }

        return order;
    }

    /// <summary>"… and 1990 more (DQ-106: 1990), as only the first 10 of each rule are shown here: see everything not assessable in the appendix."</summary>
    private static string More(List<OutcomesOfRule> byRule, string heading)
    {
        var hidden = byRule
            .Where(rule => rule.Count > MarkdownReportWriter.FindingsPerRule)
            .Select(rule => (Rule: rule.Rule, Hidden: rule.Count - MarkdownReportWriter.FindingsPerRule))
            .OrderBy(rule => rule.Rule, StringComparer.Ordinal)
            .ToList();
        return "… and " + Number(hidden.Sum(rule => rule.Hidden)) + " more (" +
               string.Join(", ", hidden.Select(rule => MarkdownText.Escape(rule.Rule) + ": " + Number(rule.Hidden))) +
               "), as only the first " + Number(MarkdownReportWriter.FindingsPerRule) + " of each rule are shown here: see [" + heading.ToLowerInvariant() + "](#" + Anchor(heading) +
               ") in the appendix.";
    }
}
