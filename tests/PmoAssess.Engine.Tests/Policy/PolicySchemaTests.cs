using System.Text.Json.Nodes;
using Json.Schema;
using PmoAssess.Policy;

namespace PmoAssess.Tests.Engine.Policy;

/// <summary>
/// policy.schema.json, the example in the policy README and PolicyLoader agree: the example uses every key the
/// schema knows, is valid against it and loads; and what the schema rejects, the loader rejects too.
/// </summary>
public sealed class PolicySchemaTests : IDisposable
{
    private static readonly string Folder = RepositoryRoot.Combine("engine", "PmoAssess.Engine", "Policy");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The README's complete, commented example.</summary>
    private static string Example => SchemaCheck.FirstYamlBlock(Path.Combine(Folder, "README.md"));

    private static JsonSchema Schema() => JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, "policy.schema.json")));

    /// <summary>The first YAML block of the README: the complete, commented example.</summary>
    [Fact]
    public void ReadmeExample_IsValidAgainstTheSchema()
    {
        var result = SchemaCheck.Evaluate(Schema(), Example);

        result.IsValid.ShouldBeTrue(SchemaCheck.Errors(result));
    }

    [Fact]
    public void ReadmeExample_Loads()
    {
        var policy = PolicyLoader.Load(_folder.Write("pmoassess.yaml", Example));

        policy.PmoType.ShouldBe(PmoType.Controlling);
        policy.Waivers.Count.ShouldBe(2);
        policy.Formats.ShouldBe(["md", "html", "sarif", "junit"]);
    }

    [Fact]
    public void ReadmeExample_UsesEveryKeyTheSchemaKnows()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "policy.schema.json")))!.AsObject();
        var example = JsonNode.Parse(SchemaCheck.AsJson(Example).GetRawText())!;

        var missing = KeysOf(schema, schema, "$").Where(path => !Has(example, path)).ToList();

        missing.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("plugins: plugins\nrulesets: rules\nrules: { enable: \"GOV-*\" }\noutputs: { formats: sarif }\n")]
    [InlineData("gate: { minCoverage: 0.9, maxFindings: 0 }\n")]
    [InlineData("waivers:\n  allowOpenEnded: true\n  items:\n    - { rule: GOV-101, subject: P-1, justification: Why. }\n")]
    [InlineData("waivers:\n  maxDays: 90\n  items:\n    - { rule: GOV-101, subject: 1001, justification: Why., approved: 2026-01-01, expires: 2026-03-01 }\n")]
    [InlineData("targets: { \"*\": 0 }\n")]
    public void ValidSnippet_PassesTheSchemaAndLoads(string yaml)
    {
        var result = SchemaCheck.Evaluate(Schema(), yaml);

        result.IsValid.ShouldBeTrue(SchemaCheck.Errors(result));
        Should.NotThrow(() => PolicyLoader.Load(_folder.Write("pmoassess.yaml", yaml)));
    }

    [Theory]
    [InlineData("pmotype: directive\n")]
    [InlineData("pmoType: dictatorial\n")]
    [InlineData("rules: { enabled: [GOV-101] }\n")]
    [InlineData("severity: { GOV-101: urgent }\n")]
    [InlineData("gate: { failOn: severe }\n")]
    [InlineData("gate: { maxFindings: -1 }\n")]
    [InlineData("gate: { minCoverage: 120% }\n")]
    [InlineData("gate: { minCoverage: 1.5 }\n")]
    [InlineData("gate: { minLevel: { governance: 7 } }\n")]
    [InlineData("targets: { governance: high }\n")]
    [InlineData("waivers: { maxDays: 0 }\n")]
    [InlineData("waivers: { allowOpenEnded: maybe }\n")]
    [InlineData("waivers: { items: [{ rule: GOV-101, subject: P-1, expires: 2026-12-31 }] }\n")]
    [InlineData("waivers: { items: [{ rule: GOV-101, subject: P-1, justification: Why. }] }\n")]
    [InlineData("waivers: { items: [{ subject: P-1, justification: Why., expires: 2026-12-31 }] }\n")]
    [InlineData("waivers: { items: [{ rule: GOV-101, subject: P-1, justification: Why., expires: 2026/12/31 }] }\n")]
    [InlineData("waivers: { items: [{ rule: GOV-101, subject: P-1, justification: Why., expiry: 2026-12-31 }] }\n")]
    [InlineData("waivers: { maxDays: 90, items: [{ rule: GOV-101, subject: P-1, justification: Why., expires: 2026-12-31 }] }\n")]
    [InlineData("outputs: { folder: out }\n")]
    [InlineData("outputs: { dir: [a, b] }\n")]
    public void Mistake_FailsTheSchemaAndTheLoader(string yaml)
    {
        Schema().Evaluate(SchemaCheck.AsJson(yaml)).IsValid.ShouldBeFalse();
        Should.Throw<InvalidInputException>(() => PolicyLoader.Load(_folder.Write("pmoassess.yaml", yaml)));
    }

    /// <summary>Every key path the schema names under "properties", following $refs into $defs and "items" into lists.</summary>
    private static IEnumerable<string> KeysOf(JsonObject root, JsonObject schema, string path)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            schema = root["$defs"]![reference["#/$defs/".Length..]]!.AsObject();
        }

        if (schema["items"] is JsonObject items)
        {
            foreach (var key in KeysOf(root, items, path + "[]"))
            {
                yield return key;
            }
        }

        if (schema["properties"] is not JsonObject properties)
        {
            yield break;
        }

        foreach (var (name, property) in properties)
        {
            yield return path + "." + name;
            foreach (var key in KeysOf(root, property!.AsObject(), path + "." + name))
            {
                yield return key;
            }
        }
    }

    /// <summary>Whether the example has a value at <paramref name="path"/> ("$.waivers.items[].rule": some item has a rule).</summary>
    private static bool Has(JsonNode node, string path)
    {
        var nodes = new List<JsonNode?> { node };
        foreach (var step in path[2..].Replace("[]", ".[]", StringComparison.Ordinal).Split('.'))
        {
            nodes = step == "[]"
                ? [.. nodes.OfType<JsonArray>().SelectMany(array => array)]
                : [.. nodes.OfType<JsonObject>().Where(value => value.ContainsKey(step)).Select(value => value[step])];
        }

        return nodes.Count > 0;
    }
}
