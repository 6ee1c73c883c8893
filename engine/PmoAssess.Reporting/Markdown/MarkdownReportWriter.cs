using System.Globalization;
using System.Text;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Reporting.Markdown;

/// <summary>
/// Writes <c>report.md</c>, the canonical report: summary, maturity, findings by severity then category
/// with their evidence, what could not be assessed, and every rule with its coverage.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "md";

    public string FileName => "report.md";

    public void Write(AssessmentReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Utf8NoBom.GetBytes(Render(report));
        output.Write(bytes);
    }

    /// <summary>Renders the report as Markdown text.</summary>
    public static string Render(AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = new MarkdownDocument();
        WriteTitle(document, report);
        WriteSkippedPlugins(document, report);
        WriteSummary(document, report);
        if (report.Maturity is { } maturity)
        {
            MaturitySection.Write(document, maturity);
        }

        WriteFindings(document, report);
        if (report.Policy is { } policy)
        {
            PolicySection.Write(document, policy, outcome => Subject(outcome, report));
        }

        WriteNotAssessable(document, report);
        WriteErrors(document, report);
        WriteRules(document, report);
        WriteSources(document, report);
        return document.ToString();
    }

    private static void WriteTitle(MarkdownDocument document, AssessmentReport report)
    {
        document.Heading(1, "PMO assessment: " + MarkdownText.Escape(report.Engagement));
        var details = new List<IReadOnlyList<string>>
        {
            new[] { "As of", Date(report.AsOf) },
            new[] { "Projects", Number(report.ProjectCount) + " in " + Number(report.PortfolioCount) + " portfolios" },
            new[] { "Rules", Number(report.Rules.Count) + " from " + MarkdownText.Escape(string.Join(", ", report.RuleSources)) },
        };
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

    private static void WriteSummary(MarkdownDocument document, AssessmentReport report)
    {
        document.Heading(2, "Summary");
        var findings = report.Findings.Count;
        document.Paragraph(findings == 0
            ? "No findings: every rule that could be assessed was met."
            : Number(findings) + (findings == 1 ? " finding" : " findings") + " across " +
              Number(report.Findings.Select(finding => finding.Outcome.SubjectId).Distinct(StringComparer.Ordinal).Count()) + " subjects.");

        document.Table(["Severity", "Findings"],
            Enum.GetValues<Severity>().Reverse().Select(severity =>
                (IReadOnlyList<string>)[Label(severity), Number(report.Findings.Count(finding => finding.Severity == severity))]),
            [false, true]);

        var rules = report.Rules;
        document.Table(["Outcome", "Count"],
        [
            ["Passed", Number(rules.Sum(rule => rule.Passed))],
            ["Failed", Number(rules.Sum(rule => rule.Failed))],
            ["Not assessable", Number(rules.Sum(rule => rule.NotAssessable))],
            ["Error", Number(rules.Sum(rule => rule.Errors))],
            ["Not applicable", Number(rules.Sum(rule => rule.NotApplicable))],
        ], [false, true]);
    }

    private static void WriteFindings(MarkdownDocument document, AssessmentReport report)
    {
        document.Heading(2, "Findings");
        if (report.Findings.Count == 0)
        {
            document.Paragraph("None.");
            return;
        }

        foreach (var bySeverity in report.Findings.GroupBy(finding => finding.Severity))
        {
            document.Heading(3, Label(bySeverity.Key));
            foreach (var byCategory in bySeverity.GroupBy(finding => finding.Rule.Category).OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                document.Heading(4, MarkdownText.Escape(Capitalise(byCategory.Key)));
                document.Table(["Rule", "Subject", "Finding", "Evidence"], byCategory.Select(finding => (IReadOnlyList<string>)
                [
                    finding.Rule.Id,
                    Subject(finding.Outcome, report),
                    MarkdownText.Escape(finding.Outcome.Message),
                    EvidenceText(finding.Outcome.Evidence),
                ]));
            }
        }
    }

    private static void WriteNotAssessable(MarkdownDocument document, AssessmentReport report)
    {
        document.Heading(2, "Not assessable");
        if (report.NotAssessable.Count == 0)
        {
            document.Paragraph("None: every rule had the data it needed.");
            return;
        }

        document.Paragraph("These subjects could not be assessed because a value the rule needs is missing. They count against coverage, never as passes.");
        document.Table(["Rule", "Subject", "Missing field", "Evidence"], report.NotAssessable.Select(outcome => (IReadOnlyList<string>)
        [
            outcome.RuleId,
            Subject(outcome, report),
            MarkdownText.Escape(outcome.MissingField),
            EvidenceText(outcome.Evidence),
        ]));
    }

    private static void WriteErrors(MarkdownDocument document, AssessmentReport report)
    {
        if (report.Errors.Count == 0)
        {
            return;
        }

        document.Heading(2, "Rule errors");
        document.Paragraph("These rules threw on these subjects; every other rule and subject was assessed.");
        document.Table(["Rule", "Subject", "Error"], report.Errors.Select(outcome => (IReadOnlyList<string>)
            [outcome.RuleId, Subject(outcome, report), MarkdownText.Escape(outcome.Message)]));
    }

    private static void WriteRules(MarkdownDocument document, AssessmentReport report)
    {
        document.Heading(2, "Rules evaluated");
        document.Table(
            ["Rule", "Title", "Severity", "Category", "Passed", "Failed", "Not assessable", "Not applicable", "Coverage"],
            report.Rules.Select(rule => (IReadOnlyList<string>)
            [
                rule.Rule.Id,
                MarkdownText.Escape(rule.Rule.Title),
                Label(rule.Rule.Severity),
                MarkdownText.Escape(rule.Rule.Category),
                Number(rule.Passed),
                Number(rule.Failed),
                Number(rule.NotAssessable + rule.Errors),
                Number(rule.NotApplicable),
                rule.Coverage is { } coverage ? (coverage * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a",
            ]),
            [false, false, false, false, true, true, true, true, true]);

        document.Heading(3, "What to do");
        document.Table(["Rule", "Why it matters", "Remediation"], report.Rules.Where(rule => rule.Failed > 0).Select(rule => (IReadOnlyList<string>)
            [rule.Rule.Id, MarkdownText.Escape(rule.Rule.Rationale), MarkdownText.Escape(rule.Rule.Remediation)]));
    }

    private static void WriteSources(MarkdownDocument document, AssessmentReport report)
    {
        document.Heading(2, "Data sources");
        document.Table(["File", "Records", "SHA-256"], report.Sources.Select(source => (IReadOnlyList<string>)
            [MarkdownText.Escape(source.File), Number(source.Records), source.Sha256]),
            [false, true, false]);
    }

    /// <summary>"Project PRJ-003 Billing" or "Risk RSK-006 of project PRJ-003 Billing": the id a client can search for, and a name they recognise.</summary>
    private static string Subject(RuleOutcome outcome, AssessmentReport report)
    {
        var project = outcome.ProjectId is { } projectId
            ? projectId + (report.ProjectNames.TryGetValue(projectId, out var name) ? " " + name : string.Empty)
            : null;
        var label = outcome.SubjectKind == Facts.EntityKind.Project && project is not null
            ? "Project " + project
            : Label(outcome.SubjectKind.ToString()) + " " + outcome.SubjectId + (project is null ? string.Empty : " of project " + project);
        return MarkdownText.Escape(label);
    }

    private static string EvidenceText(IReadOnlyList<Evidence> evidence) =>
        string.Join("; ", evidence.Select(item =>
        {
            var place = item.File is null
                ? item.Field
                : item.File + (item.Row is { } row ? " row " + Number(row) : string.Empty) + ", " + (item.Column ?? item.Field);
            var value = item.Value switch
            {
                null => "(no such column)",
                "" => "(blank)",
                { } text => "\"" + text + "\"",
            };
            return MarkdownText.Escape(place + ": " + value);
        }));

    private static string Label(Severity severity) => severity.ToString();

    private static string Label(string pascalCase)
    {
        var text = new StringBuilder(pascalCase.Length + 4);
        foreach (var c in pascalCase)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(text.Length == 0 ? c : char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
