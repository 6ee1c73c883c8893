using System.Text.Encodings.Web;
using System.Text.Json;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Reporting.Json;

/// <summary>
/// Writes <c>findings.json</c>, the machine-readable report that later runs read back (baselines,
/// history): every rule and every outcome with its evidence, the maturity picture, and what the policy set
/// apart (waived and baselined findings) with the gate's verdict. An assessment of more than
/// <see cref="OutcomeListing.EveryOutcomeLimit"/> outcomes lists only those that are not passed or not applicable (the
/// rules' counts hold the rest, and <c>summary.outcomes.total</c> still counts them all). The shape is
/// described by <c>findings.schema.json</c> beside this file and versioned by <see cref="SchemaVersion"/>.
/// </summary>
/// <remarks>
/// Written by hand with <see cref="Utf8JsonWriter"/> so the property order and the spelling of every
/// value are fixed here: camelCase properties, kebab-case enum values, <c>yyyy-MM-dd</c> dates,
/// invariant numbers, two-space indentation and <c>\n</c> newlines (one line, past the listing limit), whatever the
/// machine's culture.
/// Every property is always written; an absent value is <c>null</c>.
/// </remarks>
public sealed class FindingsJsonWriter : IReportWriter
{
    /// <summary>The version of the file's shape this PmoAssess writes and reads; raised on every breaking change.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The tool name the file gives as its writer.</summary>
    public const string ToolName = "PmoAssess";

    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // A data file, never pasted into HTML unencoded: keep "Zoë Müller", quotes and ampersands readable
        // rather than \u00EB, \u0022 and \u0026. Control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Past the listing limit the file is for programs alone: without indentation it is a third smaller (3.7 GB became
    // 2.4 GB at a million projects), and writing it took 11 s of processor time instead of 15 (`perf`).
    private static readonly JsonWriterOptions Compact = Indented with { Indented = false };

    public string Format => "json";

    public string FileName => "findings.json";

    public void Write(AssessmentReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using (var json = new Utf8JsonWriter(output, OutcomeListing.ListsEveryOutcome(report) ? Indented : Compact))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", ToolName);
            json.WriteString("version", report.ToolVersion);
            json.WriteEndObject();
            WriteAssessment(json, report);
            WriteSummary(json, report);
            WriteRules(json, report.Rules);
            OutcomesJson.Write(json, report);
            MaturityJson.Write(json, report.Maturity);
            PolicyJson.Write(json, report.Policy);
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteAssessment(Utf8JsonWriter json, AssessmentReport report)
    {
        json.WriteStartObject("assessment");
        json.WriteString("engagement", report.Engagement);
        json.WriteDate("asOf", report.AsOf);
        json.WriteString("gate", report.Gate);
        json.WriteStrings("ruleSources", report.RuleSources);
        json.WriteStartArray("sources");
        foreach (var source in report.Sources)
        {
            json.WriteStartObject();
            json.WriteString("file", source.File);
            json.WriteString("sha256", source.Sha256);
            json.WriteNumber("records", source.Records);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("skippedPlugins");
        foreach (var plugin in report.SkippedPlugins)
        {
            json.WriteStartObject();
            json.WriteString("assembly", plugin.Assembly);
            json.WriteString("reason", plugin.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, AssessmentReport report)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("projects", report.ProjectCount);
        json.WriteNumber("portfolios", report.PortfolioCount);
        json.WriteNumber("rules", report.Rules.Count);
        json.WriteStartObject("findings");
        json.WriteNumber("total", report.Findings.Count);
        var bySeverity = report.FindingCounts;
        foreach (var severity in Enum.GetValues<Severity>().Reverse())
        {
            json.WriteNumber(JsonEnumText<Severity>.Name(severity), bySeverity.GetValueOrDefault(severity));
        }

        json.WriteEndObject();
        var byStatus = report.OutcomeCounts;
        json.WriteStartObject("outcomes");
        json.WriteNumber("total", report.Outcomes.Count);
        WriteCounts(json, byStatus.GetValueOrDefault(OutcomeStatus.Passed), byStatus.GetValueOrDefault(OutcomeStatus.Failed),
            byStatus.GetValueOrDefault(OutcomeStatus.NotApplicable), byStatus.GetValueOrDefault(OutcomeStatus.NotAssessable),
            byStatus.GetValueOrDefault(OutcomeStatus.Error));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter json, IReadOnlyList<RuleSummary> rules)
    {
        json.WriteStartArray("rules");
        foreach (var summary in rules)
        {
            var rule = summary.Rule;
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("title", rule.Title);
            json.WriteString("description", rule.Description);
            json.WriteString("rationale", rule.Rationale);
            json.WriteString("remediation", rule.Remediation);
            json.WriteEnum("severity", rule.Severity);
            json.WriteString("category", rule.Category);
            json.WriteNumber("maturityLevel", rule.MaturityLevel);
            json.WriteStrings("tags", rule.Tags);
            json.WriteEnum("appliesTo", rule.AppliesTo);
            json.WriteString("source", summary.Source);
            WriteCounts(json, summary.Passed, summary.Failed, summary.NotApplicable, summary.NotAssessable, summary.Errors);
            json.WriteShare("coverage", summary.Coverage);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter json, int passed, int failed, int notApplicable, int notAssessable, int errors)
    {
        json.WriteNumber("passed", passed);
        json.WriteNumber("failed", failed);
        json.WriteNumber("notApplicable", notApplicable);
        json.WriteNumber("notAssessable", notAssessable);
        json.WriteNumber("errors", errors);
    }
}
