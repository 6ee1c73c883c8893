using System.Text.Json;
using Json.Schema;

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

        var result = SchemaCheck.Evaluate(schema, File.ReadAllText(RulesetsWithExamples.Full(file)));

        result.IsValid.ShouldBeTrue(SchemaCheck.Errors(result));
    }

    [Fact]
    public void RulesetSchema_RejectsAnUnknownKey()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(BuiltInRulesets.Folder, "ruleset.schema.json")));
        var ruleset = JsonDocument.Parse("""{"ruleset": "x", "rules": [{"id": "X-1", "title": "t", "severity": "high", "category": "c", "appliesTo": "project", "requires": "true"}]}""").RootElement;

        schema.Evaluate(ruleset).IsValid.ShouldBeFalse();
    }
}
