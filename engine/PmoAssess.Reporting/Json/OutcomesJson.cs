using System.Text.Json;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Reporting.Json;

/// <summary>
/// The <c>outcomes</c> array of <c>findings.json</c>: every outcome listed (<see cref="OutcomeListing"/>) with its evidence
/// and, when failed, the severity in force. A large assessment lists hundreds of thousands, so the property names and enum
/// values are encoded once here rather than once per outcome.
/// </summary>
internal static class OutcomesJson
{
    private static readonly JsonEncodedText Outcomes = JsonEncodedText.Encode("outcomes");
    private static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");
    private static readonly JsonEncodedText SubjectKind = JsonEncodedText.Encode("subjectKind");
    private static readonly JsonEncodedText SubjectId = JsonEncodedText.Encode("subjectId");
    private static readonly JsonEncodedText ProjectId = JsonEncodedText.Encode("projectId");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText SeverityName = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText MissingField = JsonEncodedText.Encode("missingField");
    private static readonly JsonEncodedText EvidenceName = JsonEncodedText.Encode("evidence");
    private static readonly JsonEncodedText Field = JsonEncodedText.Encode("field");
    private static readonly JsonEncodedText File = JsonEncodedText.Encode("file");
    private static readonly JsonEncodedText Row = JsonEncodedText.Encode("row");
    private static readonly JsonEncodedText Column = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

    public static void Write(Utf8JsonWriter json, AssessmentReport report)
    {
        var severities = SeveritiesInForce.Of(report);
        json.WriteStartArray(Outcomes);
        foreach (var outcome in OutcomeListing.Listed(report))
        {
            json.WriteStartObject();
            json.WriteString(RuleId, outcome.RuleId);
            json.WriteString(SubjectKind, EnumText<EntityKind>.Of(outcome.SubjectKind));
            json.WriteString(SubjectId, outcome.SubjectId);
            WriteStringOrNull(json, ProjectId, outcome.ProjectId);
            json.WriteString(Status, EnumText<OutcomeStatus>.Of(outcome.Status));
            if (outcome.Status == OutcomeStatus.Failed && severities.Of(outcome) is { } severity)
            {
                json.WriteString(SeverityName, EnumText<Severity>.Of(severity));
            }
            else
            {
                json.WriteNull(SeverityName);
            }

            WriteStringOrNull(json, Message, outcome.Message);
            WriteStringOrNull(json, MissingField, outcome.MissingField);
            json.WriteStartArray(EvidenceName);
            // By index: an enumerator of each outcome's list was garbage for every one of hundreds of thousands.
            var all = outcome.Evidence;
            for (var index = 0; index < all.Count; index++)
            {
                var evidence = all[index];
                json.WriteStartObject();
                json.WriteString(Field, evidence.Field);
                WriteStringOrNull(json, File, evidence.File);
                if (evidence.Row is { } row)
                {
                    json.WriteNumber(Row, row);
                }
                else
                {
                    json.WriteNull(Row);
                }

                WriteStringOrNull(json, Column, evidence.Column);
                WriteStringOrNull(json, Value, evidence.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.FlushIfFull();
        }

        json.WriteEndArray();
    }

    // As Utf8JsonWriter.WriteString(string, string?) writes a null: a JSON null, not an empty string.
    private static void WriteStringOrNull(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>An enum's spellings (<see cref="JsonEnumText{TEnum}"/>) encoded once, indexed by value.</summary>
    private static class EnumText<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly Dictionary<TEnum, JsonEncodedText> Encoded =
            Enum.GetValues<TEnum>().ToDictionary(value => value, value => JsonEncodedText.Encode(JsonEnumText<TEnum>.Name(value)));

        public static JsonEncodedText Of(TEnum value) => Encoded[value];
    }
}
