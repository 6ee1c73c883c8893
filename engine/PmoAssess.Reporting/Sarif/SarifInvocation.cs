using System.Globalization;
using System.Text.Json;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;

namespace PmoAssess.Reporting.Sarif;

/// <summary>
/// The run's one invocation: whether the tool succeeded, and its notifications, where a SARIF reader looks for the tool's
/// own messages: one error per rule that threw (its outcomes on those subjects are errors, so it assessed them not at
/// all), and a warning when results were left out.
/// </summary>
internal static class SarifInvocation
{
    /// <param name="json">The writer, inside the run object.</param>
    /// <param name="report">The report; its rule errors become notifications.</param>
    /// <param name="ruleIndex">Each rule's index in the driver's rules.</param>
    /// <param name="omitted">How many findings the log does not list.</param>
    public static void Write(Utf8JsonWriter json, AssessmentReport report, Dictionary<string, int> ruleIndex, int omitted)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        // A log is written only when the assessment ran: a tool failure (exit 3 or 4) writes none, and a failed gate is the
        // assessment's verdict, not the tool's failure.
        json.WriteBoolean("executionSuccessful", true);
        var erred = report.Errors.GroupBy(outcome => outcome.RuleId, StringComparer.Ordinal).OrderBy(rule => rule.Key, StringComparer.Ordinal).ToList();
        if (erred.Count > 0 || omitted > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var rule in erred)
            {
                WriteRuleError(json, rule.Key, [.. rule], ruleIndex);
            }

            if (omitted > 0)
            {
                WriteNotification(json, "warning", string.Create(CultureInfo.InvariantCulture,
                    $"{omitted} more findings are not listed: a log lists at most {SarifReportWriter.MostResults}, the most severe first. findings.json lists them all."));
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteRuleError(Utf8JsonWriter json, string ruleId, List<RuleOutcome> errors, Dictionary<string, int> ruleIndex)
    {
        var first = errors[0];
        json.WriteStartObject();
        json.WriteString("level", "error");
        json.WriteStartObject("message");
        json.WriteString("text", "The rule erred on " + Counted.Of(errors.Count, "subject", "subjects") + ", which it did not assess; on " +
            SarifReportWriter.KindName(first.SubjectKind) + " " + first.SubjectId + ": " + (first.Message ?? "no message"));
        json.WriteEndObject();
        json.WriteStartObject("associatedRule");
        json.WriteString("id", ruleId);
        if (ruleIndex.TryGetValue(ruleId, out var index))
        {
            json.WriteNumber("index", index);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNotification(Utf8JsonWriter json, string level, string text)
    {
        json.WriteStartObject();
        json.WriteString("level", level);
        json.WriteStartObject("message");
        json.WriteString("text", text);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
