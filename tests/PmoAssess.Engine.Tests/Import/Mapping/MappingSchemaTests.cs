using System.Text.Json.Nodes;
using Json.Schema;
using PmoAssess.Import;
using PmoAssess.Import.Mapping;

namespace PmoAssess.Tests.Engine.Import.Mapping;

/// <summary>
/// mapping.schema.json, the example in the import README, the sample mappings and MappingLoader agree: the example uses
/// every key the schema knows; what the schema accepts loads, and what it rejects, the loader rejects too.
/// </summary>
public sealed class MappingSchemaTests : IDisposable
{
    private static readonly string Folder = RepositoryRoot.Combine("engine", "PmoAssess.Engine", "Import");

    private static readonly string SchemaFile = Path.Combine(Folder, "Mapping", "mapping.schema.json");

    private readonly TempFolder _folder = new();

    public MappingSchemaTests()
    {
        foreach (var file in new[] { "projects.csv", "risks.csv", "gmpp_2021.csv", "risk_register.xlsx" })
        {
            _folder.Write(file, "id\n");
        }
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The README's complete, commented example.</summary>
    private static string Example => SchemaCheck.FirstYamlBlock(Path.Combine(Folder, "README.md"), "## Mapping a client's layout");

    private static JsonSchema Schema() => JsonSchema.FromText(File.ReadAllText(SchemaFile));

    /// <summary>The first YAML block of the README's mapping section: the complete, commented example.</summary>
    private static void ShouldBeValid(string yaml)
    {
        var result = SchemaCheck.Evaluate(Schema(), yaml);
        result.IsValid.ShouldBeTrue(SchemaCheck.Errors(result));
    }

    [Fact]
    public void ReadmeExample_IsValidAgainstTheSchemaAndLoads()
    {
        ShouldBeValid(Example);

        var mapping = MappingLoader.Load(_folder.Write("gmpp.mapping.yaml", Example));

        mapping.Sources.Count.ShouldBe(2);
        mapping.Sources[0].Fields["delivery_confidence"].Values["a/r"].ShouldBe("amber-red");
        mapping.Sources[1].Project!.By.ShouldBe(ProjectKey.Name);
    }

    [Fact]
    public void ReadmeExample_UsesEveryKeyTheSchemaKnows()
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaFile))!;
        var example = JsonNode.Parse(SchemaCheck.AsJson(Example).GetRawText())!;

        var names = Names(schema, inProperties: false).ToHashSet(StringComparer.Ordinal);
        var missing = names.Except(Keys(example)).Order(StringComparer.Ordinal).ToList();

        new[] { "sources", "keepOtherColumns", "by", "money", "type" }.ShouldBeSubsetOf(names);
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void SampleMappings_AreValidAgainstTheSchemaAndLoad()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("samples"), "*" + MappingLoader.FileSuffix, SearchOption.AllDirectories))
        {
            ShouldBeValid(File.ReadAllText(file));
            Should.NotThrow(() => MappingLoader.Load(file), file);
        }
    }

    [Fact]
    public void Schema_FieldsOfEachEntity_AreTheCanonicalLayoutsInBothSpellings()
    {
        var rules = JsonNode.Parse(File.ReadAllText(SchemaFile))!["$defs"]!["source"]!["allOf"]!.AsArray()
            .Where(rule => rule!["if"]!["properties"]!["entity"]!["const"] is not null)
            .ToDictionary(
                rule => rule!["if"]!["properties"]!["entity"]!["const"]!.GetValue<string>(),
                rule => rule!["then"]!["properties"]!["fields"]!["propertyNames"]!["enum"]!.AsArray().Select(name => name!.GetValue<string>()).ToList());

        rules.Keys.ShouldBe(CanonicalLayout.All.Select(layout => layout.Name), ignoreOrder: true);
        foreach (var layout in CanonicalLayout.All)
        {
            var fields = layout.Columns.Where(column => column is not ("id" or "project")).ToList();
            rules[layout.Name].ShouldBe(fields.Concat(fields.Select(CanonicalLayout.FieldName)).Distinct(), ignoreOrder: true, layout.Name);
        }
    }

    [Theory]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: [A, B], fields: { forecastEnd: End, name: { position: 2 } } }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: 2021, delimiter: tab, headerRow: 3, culture: de-DE }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, custom: { budget: { column: B, money: thousands } }, keepOtherColumns: true }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, fields: { stage: { column: S, otherwise: not-given, note: why } } }\n")]
    [InlineData("sources:\n  - { file: risks.csv, entity: risks, id: { position: 1 }, project: { position: 2, by: id }, fields: { severity: { value: high } } }\n")]
    [InlineData("sources:\n  - { file: risks.csv, entity: risks, id: { column: Ref }, project: [Project, Project Ref] }\n")]
    public void ValidSnippet_PassesTheSchemaAndLoads(string yaml)
    {
        ShouldBeValid(yaml);
        Should.NotThrow(() => MappingLoader.Load(_folder.Write("client.mapping.yaml", yaml)));
    }

    [Theory]
    [InlineData("sources: []\n")]
    [InlineData("source:\n  - { file: projects.csv, entity: projects, id: id }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: project, id: id }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, encoding: latin1 }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, delimiter: \":\" }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, headerRow: 0 }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, duplicateHeaders: merge }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, dateFormats: [] }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, project: P }\n")]
    [InlineData("sources:\n  - { file: risks.csv, entity: risks, id: id }\n")]
    [InlineData("sources:\n  - { file: risks.csv, entity: risks, id: id, project: { column: P, by: code } }\n")]
    [InlineData("sources:\n  - { file: risks.csv, entity: risks, id: id, project: P, custom: { a: A } }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, fields: { sponser: SRO } }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, fields: { id: Ref } }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, fields: { name: { column: N, position: 2 } } }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, fields: { name: { colum: N } } }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, fields: { actual_cost: { column: C, type: money } } }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, fields: { stage: { column: S, note: why } } }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, fields: { stage: { column: S, otherwise: skip } } }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, fields: { stage: { value: closed, values: { a: closed } } } }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, fields: { actual_cost: { column: C, money: pounds } } }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, custom: { a: { column: A, type: colour } } }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, custom: { a: { column: A, type: number, money: millions } } }\n")]
    [InlineData("sources:\n  - { file: projects.csv, entity: projects, id: id, keepOtherColumns: sometimes }\n")]
    public void Mistake_FailsTheSchemaAndTheLoader(string yaml)
    {
        Schema().Evaluate(SchemaCheck.AsJson(yaml)).IsValid.ShouldBeFalse();
        Should.Throw<InvalidInputException>(() => MappingLoader.Load(_folder.Write("client.mapping.yaml", yaml)));
    }

    /// <summary>Every key the schema names in a "properties" object, anywhere in it.</summary>
    private static IEnumerable<string> Names(JsonNode? node, bool inProperties) => node switch
    {
        JsonObject value => value.SelectMany(pair =>
            (inProperties ? [pair.Key] : Enumerable.Empty<string>()).Concat(Names(pair.Value, !inProperties && pair.Key == "properties"))),
        JsonArray array => array.SelectMany(item => Names(item, inProperties: false)),
        _ => [],
    };

    /// <summary>Every key used in the example, at any depth.</summary>
    private static IEnumerable<string> Keys(JsonNode? node) => node switch
    {
        JsonObject value => value.SelectMany(pair => Keys(pair.Value).Prepend(pair.Key)),
        JsonArray array => array.SelectMany(Keys),
        _ => [],
    };
}
