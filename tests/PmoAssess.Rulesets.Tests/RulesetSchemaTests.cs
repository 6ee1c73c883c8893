using System.Text.Json;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Tests.Rulesets;

/// <summary>The JSON Schemas editors use agree with the files the engine reads.</summary>
public sealed class RulesetSchemaTests
{
    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in RulesetsWithExamples.Files)
        {
            data.Add(file, "ruleset.schema.json");
            data.Add(RulesetsWithExamples.Relative(RulesetsWithExamples.ExamplesOf(file)), "examples.schema.json");
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(BuiltInRulesets.Folder, "methodologies"), "*.methodology.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(RulesetsWithExamples.Relative(file), "methodologies/methodology.schema.json");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_AgainstItsSchema_IsValid(string file, string schemaFile)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(BuiltInRulesets.Folder, schemaFile)));

        var result = schema.Evaluate(YamlAsJson(RulesetsWithExamples.Full(file)), new EvaluationOptions { OutputFormat = OutputFormat.List });

        result.IsValid.ShouldBeTrue(string.Join("\n", (result.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
            .Select(detail => detail.InstanceLocation + ": " + string.Join("; ", detail.Errors!.Values))));
    }

    [Fact]
    public void RulesetSchema_RejectsAnUnknownKey()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(BuiltInRulesets.Folder, "ruleset.schema.json")));
        var ruleset = JsonDocument.Parse("""{"ruleset": "x", "rules": [{"id": "X-1", "title": "t", "severity": "high", "category": "c", "appliesTo": "project", "requires": "true"}]}""").RootElement;

        schema.Evaluate(ruleset).IsValid.ShouldBeFalse();
    }

    private static JsonElement YamlAsJson(string path)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            stream.Load(reader);
        }

        return JsonDocument.Parse(PmoAssess.Rulesets.Yaml.YamlToJson.Convert(stream.Documents[0].RootNode, "ruleset")).RootElement;
    }
}
