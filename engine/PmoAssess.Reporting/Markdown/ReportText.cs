using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using PmoAssess.Reports;

namespace PmoAssess.Reporting.Markdown;

/// <summary>The words and numbers the report's sections share: subjects, evidence, labels, counts and anchors.</summary>
internal static class ReportText
{
    /// <summary>
    /// The first <see cref="MarkdownReportWriter.AppendixRows"/> of an appendix list, and the sentence that says how many
    /// more were left out (empty when none were).
    /// </summary>
    public static (IEnumerable<T> Shown, string? More) AppendixPart<T>(IReadOnlyCollection<T> all, string what) =>
        all.Count <= MarkdownReportWriter.AppendixRows
            ? (all, null)
            : (all.Take(MarkdownReportWriter.AppendixRows),
                "… and " + Number(all.Count - MarkdownReportWriter.AppendixRows) + " more " + what + " not listed here: a list this long is for a program, " +
                "and `findings.json` (`--format json`) holds every outcome with its evidence.");

    /// <summary>
    /// Whether some rule (a key of <paramref name="rules"/>, one per item) has more items than the body shows of each,
    /// <see cref="MarkdownReportWriter.FindingsPerRule"/>. Stops at the first: a large assessment has hundreds of thousands.
    /// </summary>
    public static bool AnyMoreThanShown<TKey>(IEnumerable<TKey> rules)
        where TKey : notnull
    {
        var counts = new Dictionary<TKey, int>();
        foreach (var rule in rules)
        {
            if (++CollectionsMarshal.GetValueRefOrAddDefault(counts, rule, out _) > MarkdownReportWriter.FindingsPerRule)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Project PRJ-003 Billing" or "Risk RSK-006 of project PRJ-003 Billing": the id a client can search for, and a name they recognise.</summary>
    public static string Subject(RuleOutcome outcome, AssessmentReport report) =>
        MarkdownText.Escape(SubjectText(outcome.SubjectKind, outcome.SubjectId, outcome.ProjectId, report));

    /// <summary>The subject's label as plain text, not yet escaped: kind, id, and the project with its name from <paramref name="report"/>.</summary>
    public static string SubjectText(Facts.EntityKind kind, string subjectId, string? projectId, AssessmentReport report)
    {
        var project = projectId is { } id
            ? id + (report.ProjectNames.TryGetValue(id, out var name) ? " " + name : string.Empty)
            : null;
        return kind == Facts.EntityKind.Project && project is not null
            ? "Project " + project
            : Label(kind.ToString()) + " " + subjectId + (project is null ? string.Empty : " of project " + project);
    }

    /// <summary>Where each value came from (file, row, column) and the value seen, escaped; "-" when there is no evidence.</summary>
    public static string Evidence(IReadOnlyList<Evidence> evidence) => OrDash(
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
        })));

    /// <summary>The finding's message, or the rule's title when the rule gave none; escaped.</summary>
    public static string Message(Finding finding) => OrDash(MarkdownText.Escape(finding.Outcome.Message ?? finding.Rule.Title));

    /// <summary>A table cell never left empty: Markdown viewers disagree on empty cells, and a dash reads as "none".</summary>
    public static string OrDash(string markdown) => string.IsNullOrWhiteSpace(markdown) ? "-" : markdown;

    public static string Label(Severity severity) => severity.ToString();

    /// <summary>"NotAssessable" as "not assessable": enum names in words.</summary>
    public static string Label(string pascalCase)
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

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The fragment a heading of <paramref name="text"/> gets on GitHub and in markdownlint's link check: lower case,
    /// letters, marks, numbers, '_' and '-' kept, spaces turned into '-', everything else dropped. Markdig's
    /// auto-identifiers (report.html) agree for the headings the report links to when they start with a letter and hold only
    /// letters, digits, '-', '_' and single spaces, as rule ids and section names do.
    /// </summary>
    public static string Anchor(string text)
    {
        var anchor = new StringBuilder(text.Length);
        foreach (var rune in text.ToLowerInvariant().EnumerateRunes())
        {
            if (rune.Value == ' ')
            {
                anchor.Append('-');
            }
            else if (rune.Value == '-' || Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is
                UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or
                UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.ConnectorPunctuation)
            {
                anchor.Append(rune.ToString());
            }
        }

        return anchor.ToString();
    }
}
