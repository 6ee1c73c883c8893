using System.Text.Json;
using Json.Schema;

namespace PmoAssess.Tests.Reporting.Sarif;

/// <summary>The official SARIF 2.1.0 JSON Schema (draft 2020-12), loaded once, and a readable list of why a log fails it.</summary>
internal static class SarifSchema
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0.json")));

    /// <summary>Evaluates <paramref name="log"/>, checking formats (uri, uri-reference, date-time) too.</summary>
    public static EvaluationResults Evaluate(byte[] log)
    {
        using var document = JsonDocument.Parse(log);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    public static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
            .Select(detail => detail.InstanceLocation + ": " + string.Join("; ", detail.Errors!.Values)));
}
