using System.Globalization;
using System.Text;
using PmoAssess.Outcomes;

namespace PmoAssess.Testing;

/// <summary>Writes outcomes and expectations the way a failing test should show them.</summary>
internal static class OutcomeText
{
    public static string Summary(RuleOutcome outcome) => outcome.Status switch
    {
        OutcomeStatus.NotAssessable => "NotAssessable, missing field " + Quoted(outcome.MissingField) + Because(outcome.Message),
        _ when outcome.Message is not null => outcome.Status + " (" + Quoted(outcome.Message) + ")",
        _ => outcome.Status.ToString(),
    };

    /// <summary>The full failure message: a headline, then the rule, subject, expectation and outcome.</summary>
    public static string Mismatch(RuleDescriptor? rule, RuleOutcome actual, string expected, DateOnly asOf)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{actual.RuleId} on {actual.SubjectKind} {actual.SubjectId}: expected {expected}, but it was {Summary(actual)}.");
        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  Rule:     {actual.RuleId}{(rule is null ? string.Empty : " " + rule.Title)}").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  Subject:  {actual.SubjectKind} {actual.SubjectId}{ProjectOf(actual)}").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  Expected: {expected}").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  Actual:   {actual.Status}").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"    Message:      {Quoted(actual.Message)}").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"    MissingField: {Quoted(actual.MissingField)}").AppendLine();
        AppendEvidence(text, actual.Evidence);
        text.Append(CultureInfo.InvariantCulture, $"  AsOf:     {asOf:yyyy-MM-dd}");
        return text.ToString();
    }

    public static string Quoted(string? value) => value is null ? "(none)" : "\"" + value + "\"";

    private static string Because(string? message) => message is null ? string.Empty : " (" + Quoted(message) + ")";

    private static string ProjectOf(RuleOutcome outcome) =>
        outcome.ProjectId is { } projectId && !string.Equals(projectId, outcome.SubjectId, StringComparison.Ordinal)
            ? " (project " + projectId + ")"
            : string.Empty;

    private static void AppendEvidence(StringBuilder text, IReadOnlyList<Evidence> evidence)
    {
        if (evidence.Count == 0)
        {
            text.AppendLine("    Evidence:     (none)");
            return;
        }

        for (var index = 0; index < evidence.Count; index++)
        {
            text.Append(index == 0 ? "    Evidence:     " : "                  ").Append(Describe(evidence[index])).AppendLine();
        }
    }

    private static string Describe(Evidence evidence)
    {
        var value = evidence.Value is null ? "(no value)" : "\"" + evidence.Value + "\"";
        var where = new List<string>();
        if (evidence.File is not null)
        {
            where.Add(evidence.File);
        }

        if (evidence.Row is { } row)
        {
            where.Add("row " + row.ToString(CultureInfo.InvariantCulture));
        }

        if (evidence.Column is not null)
        {
            where.Add("column " + evidence.Column);
        }

        return evidence.Field + " = " + value + (where.Count == 0 ? string.Empty : " (" + string.Join(", ", where) + ")");
    }
}
