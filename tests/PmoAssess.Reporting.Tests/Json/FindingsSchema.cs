using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PmoAssess.Tests.Reporting.Json;

/// <summary>The published schema of findings.json, loaded once, and a readable list of why a document fails it.</summary>
internal static class FindingsSchema
{
    public static string File { get; } = RepositoryRoot.Combine("engine", "PmoAssess.Reporting", "Json", "findings.schema.json");

    public static JsonSchema Schema { get; } = JsonSchema.FromText(System.IO.File.ReadAllText(File));

    public static JsonElement Json { get; } = JsonDocument.Parse(System.IO.File.ReadAllText(File)).RootElement;

    public static EvaluationResults Evaluate(byte[] document) =>
        Schema.Evaluate(JsonDocument.Parse(document).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    public static bool IsValid(JsonNode document) => Schema.Evaluate(JsonDocument.Parse(document.ToJsonString()).RootElement).IsValid;

    public static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
            .Select(detail => detail.InstanceLocation + ": " + string.Join("; ", detail.Errors!.Values)));
}
