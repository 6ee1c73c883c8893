using PmoAssess.Outcomes;
using PmoAssess.Policy;
using PmoAssess.Reporting.Model;
using PmoAssess.Reports;

namespace PmoAssess.Reporting.Markdown;

/// <summary>
/// What the policy set apart: waived and baselined findings (listed, never hidden), findings fixed since the
/// baseline, and the waivers that expired, expire soon, match no failure or match no rule at all.
/// </summary>
internal static class PolicySection
{
    public static void Write(MarkdownDocument document, PolicyVerdict verdict, AssessmentReport report)
    {
        string Subject(RuleOutcome outcome) => ReportText.Subject(outcome, report);

        if (verdict.Waived.Count > 0)
        {
            document.Heading(2, "Waived findings");
            document.Paragraph("These failures are covered by a waiver in the policy: they do not fail the gate, and each is listed with its justification.");
            document.Table(["Rule", "Subject", "Finding", "Justification", "Approved by", "Expires"], verdict.Waived.Select(pair => (IReadOnlyList<string>)
            [
                MarkdownText.Escape(pair.Finding.Rule.Id),
                Subject(pair.Finding.Outcome),
                MarkdownText.Escape(pair.Finding.Outcome.Message ?? pair.Finding.Rule.Title),
                MarkdownText.Escape(pair.Waiver.Justification),
                MarkdownText.Escape(pair.Waiver.Approver ?? "-"),
                Date(pair.Waiver.Expires),
            ]));
        }

        if (verdict.Baselined.Count > 0)
        {
            document.Heading(2, "Baselined findings");
            document.Paragraph(Number(verdict.Baselined.Count) + " findings were already in the baseline: they are accepted for now and do not fail the gate.");
            document.Table(["Rule", "Subject", "Severity", "Finding"], verdict.Baselined.Select(finding => (IReadOnlyList<string>)
            [
                MarkdownText.Escape(finding.Rule.Id),
                Subject(finding.Outcome),
                finding.Severity.ToString(),
                MarkdownText.Escape(finding.Outcome.Message ?? finding.Rule.Title),
            ]));
        }

        if (verdict.FixedSinceBaseline.Count > 0)
        {
            document.Heading(2, "Fixed since the baseline");
            document.Paragraph("These baselined findings are gone; `pmoassess baseline prune` drops them from the baseline.");
            document.Bullets(verdict.FixedSinceBaseline.Select(entry =>
                MarkdownText.Escape(entry.Rule) + " on " + MarkdownText.Escape(entry.Subject) + (entry.Message is null ? string.Empty : ": " + MarkdownText.Escape(entry.Message))));
        }

        WriteWaiverStates(document, verdict);
    }

    private static void WriteWaiverStates(MarkdownDocument document, PolicyVerdict verdict)
    {
        var states = verdict.Expired.Select(waiver => (Waiver: waiver, State: "expired on " + Date(waiver.Expires) + ": no longer applies"))
            .Concat(verdict.ExpiringSoon.Select(waiver => (Waiver: waiver, State: "expires on " + Date(waiver.Expires))))
            .Concat(verdict.MatchingNoRule.Select(waiver => (Waiver: waiver, State: "matches no rule in this run")))
            .Concat(verdict.Stale.Select(waiver => (Waiver: waiver, State: "stale: matches no failure")))
            .ToList();
        if (states.Count == 0)
        {
            return;
        }

        document.Heading(2, "Waivers to review");
        document.Table(["Waiver", "Rule", "Subject", "State", "Justification"], states.Select(pair => (IReadOnlyList<string>)
        [
            MarkdownText.Escape(pair.Waiver.Location),
            MarkdownText.Escape(pair.Waiver.Rule),
            MarkdownText.Escape(pair.Waiver.Subject),
            pair.State,
            MarkdownText.Escape(pair.Waiver.Justification),
        ]));
    }

    private static string Date(DateOnly? date) => date is { } day ? ReportText.Date(day) : "open-ended";

    private static string Number(int value) => ReportText.Number(value);
}
