using System.Text.Json;
using Json.Schema;
using PmoAssess.Rulesets.Yaml;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Tests;

/// <summary>
/// Checks YAML files (policies, mappings, rulesets) against their JSON Schemas, read the way PmoAssess reads them:
/// YAML converted to JSON with YAML's core schema. Also compiled into the rulesets' tests.
/// </summary>
internal static class SchemaCheck
{
    /// <summary>The first YAML document of <paramref name="yaml"/> as JSON.</summary>
    public static JsonElement AsJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return JsonDocument.Parse(YamlToJson.Convert(stream.Documents[0].RootNode, "test.yaml")).RootElement;
    }

    /// <summary>Evaluates <paramref name="yaml"/> against <paramref name="schema"/>, listing every error.</summary>
    public static EvaluationResults Evaluate(JsonSchema schema, string yaml) =>
        schema.Evaluate(AsJson(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });

    /// <summary>The errors of an evaluation, one line per place, for a failing assertion's message.</summary>
    public static string Errors(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
            .Select(detail => detail.InstanceLocation + ": " + string.Join("; ", detail.Errors!.Values)));

    /// <summary>The first <c>```yaml</c> block of a Markdown file, after <paramref name="heading"/> when one is given.</summary>
    public static string FirstYamlBlock(string markdownFile, string? heading = null)
    {
        var text = File.ReadAllText(markdownFile).ReplaceLineEndings("\n");
        var from = heading is null ? 0 : text.IndexOf(heading, StringComparison.Ordinal);
        var start = text.IndexOf("```yaml\n", from, StringComparison.Ordinal) + "```yaml\n".Length;
        return text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
    }
}
