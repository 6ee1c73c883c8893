using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Json;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Reporting.Sarif;

/// <summary>
/// Writes <c>findings.sarif</c>: the findings as a SARIF 2.1.0 log with one run, for code-scanning dashboards
/// (GitHub, Azure DevOps). Each rule becomes a reporting descriptor and each finding a result that points at the
/// file and row its evidence came from (<see cref="SarifArtifacts"/>), names its subject as a logical location, and
/// carries a fingerprint made of rule and subject only, so a dashboard keeps tracking it when rows move. A log lists at
/// most <see cref="MostResults"/> results, the most severe first; its invocation (<see cref="SarifInvocation"/>) says how
/// many more findings.json has, and which rules threw.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    /// <summary>The key of the fingerprint that identifies a finding across runs: rule, subject kind and subject id.</summary>
    public const string SubjectFingerprint = "pmoassessSubject/v1";

    /// <summary>
    /// The most results a log lists: GitHub code scanning reads no more than this from a run, and a portfolio of a
    /// hundred thousand projects has hundreds of thousands of findings (half a gigabyte of SARIF).
    /// </summary>
    public const int MostResults = 25_000;

    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Keeps names in any script readable while still escaping control characters and HTML-sensitive ones, and the
        // bidirectional controls, which code-scanning pages would otherwise apply to the text around them.
        Encoder = JavaScriptEncoder.Create(ReadableButNoBidiControls()),
    };

    private static TextEncoderSettings ReadableButNoBidiControls()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        settings.ForbidCharacters('\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069');
        return settings;
    }

    public string Format => "sarif";

    public string FileName => "findings.sarif";

    public void Write(AssessmentReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            WriteRun(json, report);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteRun(Utf8JsonWriter json, AssessmentReport report)
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < report.Rules.Count; index++)
        {
            ruleIndex.TryAdd(report.Rules[index].Rule.Id, index);
        }

        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "PmoAssess");
        json.WriteString("version", report.ToolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        var artifacts = new SarifArtifacts(report.SourceFolder);
        artifacts.WriteBaseIds(json);

        // Waived and baselined findings are results too, suppressed: code scanning shows them as dismissed, with the reason.
        var results = report.Findings.Select(finding => (finding, Suppression: ((string Justification, string Kind)?)null))
            .Concat((report.Policy?.Waived ?? []).Select(pair => (pair.Finding, Suppression: ((string, string)?)(
                "Waived: " + pair.Waiver.Justification + (pair.Waiver.Approver is null ? string.Empty : " (approved by " + pair.Waiver.Approver + ")"), "external"))))
            .Concat((report.Policy?.Baselined ?? []).Select(finding => (finding, Suppression: ((string, string)?)("In the baseline: accepted when the baseline was made.", "external"))));
        var listed = 0;
        json.WriteStartArray("results");
        // Those past the limit are counted, not read: each finding read is made.
        foreach (var (finding, suppression) in results.Take(MostResults))
        {
            WriteResult(json, finding, ruleIndex, report, suppression, artifacts);
            json.FlushIfFull();
            listed++;
        }

        json.WriteEndArray();
        var omitted = report.Findings.Count + (report.Policy?.Waived.Count ?? 0) + (report.Policy?.Baselined.Count ?? 0) - listed;
        SarifInvocation.Write(json, report, ruleIndex, omitted);

        json.WriteStartObject("properties");
        json.WriteString("engagement", report.Engagement);
        json.WriteString("asOf", report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleSummary summary)
    {
        var rule = summary.Rule;
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", FriendlyName(rule));
        WriteText(json, "shortDescription", rule.Title);
        if (!string.IsNullOrWhiteSpace(rule.Description))
        {
            WriteText(json, "fullDescription", rule.Description);
        }

        var help = string.Join("\n\n", new[] { rule.Rationale, rule.Remediation }.Where(text => !string.IsNullOrWhiteSpace(text)));
        if (help.Length > 0)
        {
            WriteText(json, "help", help);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Severity));
        json.WriteEndObject();

        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteString("severity", SeverityName(rule.Severity));
        if (rule.MaturityLevel is { } maturityLevel)
        {
            json.WriteNumber("maturityLevel", maturityLevel);
        }

        // The schema wants distinct tags.
        json.WriteStartArray("tags");
        foreach (var tag in rule.Tags.Distinct(StringComparer.Ordinal))
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteString("source", summary.Source);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(
        Utf8JsonWriter json, Finding finding, Dictionary<string, int> ruleIndex, AssessmentReport report, (string Justification, string Kind)? suppression,
        SarifArtifacts artifacts)
    {
        var outcome = finding.Outcome;
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule.Id);
        if (ruleIndex.TryGetValue(finding.Rule.Id, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Severity));
        WriteText(json, "message", string.IsNullOrWhiteSpace(outcome.Message) ? finding.Rule.Title : outcome.Message);
        WriteLocations(json, outcome, artifacts);

        json.WriteStartObject("partialFingerprints");
        json.WriteString(SubjectFingerprint, finding.Rule.Id + "|" + KindName(outcome.SubjectKind) + "|" + outcome.SubjectId);
        json.WriteEndObject();

        if (suppression is { } suppressed)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", suppressed.Kind);
            json.WriteString("status", "accepted");
            json.WriteString("justification", suppressed.Justification);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteString("severity", SeverityName(finding.Severity));
        if (outcome.ProjectId is { } projectId)
        {
            json.WriteString("projectId", projectId);
            if (report.ProjectNames.TryGetValue(projectId, out var projectName))
            {
                json.WriteString("projectName", projectName);
            }
        }

        WriteEvidence(json, outcome.Evidence);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// One location per distinct file and row the evidence came from, each also naming the subject; a finding on a fact
    /// built in code still gets one location, with the subject alone.
    /// </summary>
    private static void WriteLocations(Utf8JsonWriter json, RuleOutcome outcome, SarifArtifacts artifacts)
    {
        var places = outcome.Evidence
            .Where(evidence => evidence.File is not null)
            .Select(evidence => (File: evidence.File!, evidence.Row))
            .Distinct()
            .ToList();

        json.WriteStartArray("locations");
        if (places.Count == 0)
        {
            json.WriteStartObject();
            WriteLogicalLocation(json, outcome);
            json.WriteEndObject();
        }

        foreach (var (file, row) in places)
        {
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            artifacts.WriteLocation(json, file);
            if (row is { } startLine and >= 1)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", startLine);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            WriteLogicalLocation(json, outcome);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteLogicalLocation(Utf8JsonWriter json, RuleOutcome outcome)
    {
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("name", outcome.SubjectId);
        json.WriteString("fullyQualifiedName", KindName(outcome.SubjectKind) + "/" + outcome.SubjectId);
        json.WriteString("kind", "object");
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>The values the rule looked at, with their cells, so a dashboard can show what was seen.</summary>
    private static void WriteEvidence(Utf8JsonWriter json, IReadOnlyList<Evidence> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var item in evidence)
        {
            json.WriteStartObject();
            json.WriteString("field", item.Field);
            WriteOptional(json, "file", item.File);
            if (item.Row is { } row)
            {
                json.WriteNumber("row", row);
            }

            WriteOptional(json, "column", item.Column);
            WriteOptional(json, "value", item.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    private static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>The subject kind as paths and fingerprints name it: <c>project</c>, <c>risk</c>, <c>changeRequest</c>.</summary>
    internal static string KindName(EntityKind kind) => KindNames[kind];

    private static readonly FrozenDictionary<EntityKind, string> KindNames = Enum.GetValues<EntityKind>().ToFrozenDictionary(
        kind => kind, kind => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..]);

    /// <summary>
    /// The rule's friendly name: SARIF asks for a single Pascal-case identifier (e.g. <c>ActiveProjectsHaveASponsor</c>),
    /// made here from the title; the id stands in when the title has no letters or digits to start with.
    /// </summary>
    private static string FriendlyName(RuleDescriptor rule)
    {
        var name = new StringBuilder(rule.Title.Length);
        var startOfWord = true;
        foreach (var c in rule.Title)
        {
            if (c is '\'' or '\u2019')
            {
                // "A portfolio's projects" reads as PortfoliosProjects, not PortfolioSProjects.
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            name.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return name.Length > 0 && char.IsLetter(name[0])
            ? name.ToString()
            : "Rule" + new string([.. rule.Id.Where(char.IsLetterOrDigit)]) + name;
    }
}
