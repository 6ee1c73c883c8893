using System.Globalization;
using PmoAssess.Import;
using PmoAssess.Import.Mapping;
using PmoAssess.Policy;
using PmoAssess.Reporting.Json;
using PmoAssess.Rulesets;
using PmoAssess.Rulesets.Examples;
using PmoAssess.Scoring;

namespace PmoAssess.Tests.Fuzz.Bombs;

/// <summary>
/// The document limits (the size of a YAML file, the nesting of YAML and JSON) are configurable in every reader of those
/// documents: a limit below the default refuses a real document the default reads, one above lets through a document the
/// default refuses, and each refusal names the file, the place and the option that raises the limit.
/// </summary>
public sealed class DocumentLimitsTests : IDisposable
{
    private static readonly string Gmpp = RepositoryRoot.Combine("samples", "uk-gmpp");
    private static readonly string P3m3 = RepositoryRoot.Combine("rulesets", "methodologies", "p3m3.methodology.yaml");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Every reader of a YAML document, on a real document of its kind (each nests at least two levels deep).</summary>
    public static TheoryData<string> YamlReaders => ["policy", "ruleset", "examples", "mapping", "methodology", "answers", "canonical YAML data"];

    [Theory]
    [MemberData(nameof(YamlReaders))]
    public void YamlReader_DocumentSizeBelowTheDefault_RefusesARealDocumentNamingTheOption(string reader)
    {
        var (read, file) = Reader(reader);
        read(InputLimits.Default);

        var error = Should.Throw<InvalidInputException>(() => read(new InputLimits { MaxDocumentBytes = 64 }));

        error.Message.ShouldContain(", more than the limit of 64 bytes: raise it with --max-document-size. File=" + file);
    }

    [Theory]
    [MemberData(nameof(YamlReaders))]
    public void YamlReader_NestingBelowTheDefault_RefusesARealDocumentAtTheLevelTooDeep(string reader)
    {
        var (read, file) = Reader(reader);

        var error = Should.Throw<InvalidInputException>(() => read(new InputLimits { MaxNesting = 1 }));

        error.Message.ShouldContain("The document is nested more than 1 levels deep, the limit: raise it with --max-nesting. File=" + file + ", Line=");
    }

    [Fact]
    public void YamlDocument_LargerThanTheDefault_ReadsUnderARaisedLimit()
    {
        var path = HostileInput.Write(_folder, "pmoassess.yaml", "# " + new string('x', 9 * 1024 * 1024) + "\nmethodology: p3m3\n");

        Should.Throw<InvalidInputException>(() => PolicyLoader.Load(path)).Message.ShouldContain("more than the limit of 8 MB: raise it with --max-document-size");
        PolicyLoader.Load(path, new InputLimits { MaxDocumentBytes = 16 * 1024 * 1024 }).Methodology.ShouldBe("p3m3");
    }

    [Fact]
    public void YamlDocument_NestedDeeperThanTheDefault_PassesTheCheckUnderARaisedLimit()
    {
        // Canonical data with a value nested 70 deep: past the YAML and JSON nesting checks, the reader finds it is no value.
        var path = HostileInput.Write(_folder, "portfolio.yaml", "projects:\n  - id: P-1\n    name: " + new string('[', 70) + new string(']', 70) + "\n");

        Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path)).Message
            .ShouldContain("The document is nested more than 64 levels deep, the limit: raise it with --max-nesting. File=portfolio.yaml, Line=3, Column=");
        Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path, new InputLimits { MaxNesting = 100 })).Message
            .ShouldBe("Expected a string, number, boolean or null. File=portfolio.yaml, Path=$.projects[0].name");
    }

    [Fact]
    public void Baseline_NestedDeeperThanTheDefault_ReadsUnderARaisedLimit()
    {
        // A baseline ignores properties it does not know, so a deep one is still a valid baseline.
        var path = HostileInput.Write(_folder, "baseline.json",
            "{\"schemaVersion\": 1, \"asOf\": \"2026-09-30\",\n\"notes\": " + new string('[', 70) + new string(']', 70) + ",\n\"findings\": []}");

        Should.Throw<InvalidInputException>(() => Baseline.Read(path)).Message
            .ShouldStartWith("The document is nested more than 64 levels deep, the limit: raise it with --max-nesting. File=baseline.json, Line=2, Column=");
        Baseline.Read(path, new InputLimits { MaxNesting = 100 }).AsOf.ShouldBe(new DateOnly(2026, 9, 30));
    }

    [Fact]
    public void Baseline_NestingBelowTheDefault_RefusesAnOrdinaryBaseline()
    {
        var path = HostileInput.Write(_folder, "baseline.json",
            "{\"schemaVersion\": 1, \"asOf\": \"2026-09-30\", \"findings\": [\n{\"rule\": \"GOV-001\", \"subjectKind\": \"project\", \"subject\": \"P-1\", \"severity\": \"high\"}]}");
        Baseline.Read(path).Entries.ShouldHaveSingleItem();

        Should.Throw<InvalidInputException>(() => Baseline.Read(path, new InputLimits { MaxNesting = 2 })).Message
            .ShouldStartWith("The document is nested more than 2 levels deep, the limit: raise it with --max-nesting. File=baseline.json, Line=2");
    }

    [Fact]
    public void Baseline_LargerThanTheFileSizeLimit_RefusedNamingTheOption()
    {
        // A baseline grows with the data, one entry per accepted finding: it is held to the data file limit.
        var path = HostileInput.Write(_folder, "baseline.json", "{\"schemaVersion\": 1, \"asOf\": \"2026-09-30\", \"findings\": []}" + new string(' ', 200));

        Should.Throw<InvalidInputException>(() => Baseline.Read(path, new InputLimits { MaxFileBytes = 100 })).Message
            .ShouldBe("The file is 258 bytes, more than the limit of 100 bytes: raise it with --max-file-size. File=baseline.json");
    }

    [Fact]
    public void CanonicalJson_NestingBelowTheDefault_RefusesAnOrdinaryDocument()
    {
        var path = HostileInput.Write(_folder, "portfolio.json", "{\"projects\": [\n{\"id\": \"P-1\", \"name\": \"Alpha\"}]}");
        PortfolioReader.Read(path).Projects.ShouldHaveSingleItem();

        Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path, new InputLimits { MaxNesting = 2 })).Message
            .ShouldBe("The document is nested more than 2 levels deep, the limit: raise it with --max-nesting. File=portfolio.json, Line=2, Column=1");
    }

    [Fact]
    public void FindingsJson_NestedTooDeep_RefusedNamingTheOption()
    {
        var path = HostileInput.Write(_folder, "findings.json", "{\"schemaVersion\": 1, \"extra\": " + new string('[', 10));

        Should.Throw<InvalidInputException>(() => FindingsDocument.Read(path, new InputLimits { MaxNesting = 5 })).Message
            .ShouldStartWith("The document is nested more than 5 levels deep, the limit: raise it with --max-nesting. File=" + path + ", Line=1");
    }

    [Theory]
    [InlineData("{\"projects\": [}")]
    [InlineData("{\"projects\": [[ , [[[[[")]
    public void Json_MalformedBeforeItIsTooDeep_ReportedAsMalformed(string json)
    {
        var path = HostileInput.Write(_folder, "portfolio.json", json);

        Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path, new InputLimits { MaxNesting = 4 })).Message.ShouldStartWith("Malformed JSON: ");
    }

    [Fact]
    public void NestingAtTheCeiling_ReadsOrRefusesOnAHalfMegabyteStack()
    {
        // YamlDotNet builds its tree by recursion; at the ceiling a document must still leave the stack far from its end.
        var depth = InputLimits.MaxNestingCeiling;
        var limits = new InputLimits { MaxNesting = depth };
        var flow = HostileInput.Write(_folder, "flow.yaml", "projects:\n  - id: P-1\n    name: " + new string('[', depth - 3) + new string(']', depth - 3) + "\n");
        var block = HostileInput.Write(_folder, "pmoassess.yaml",
            string.Concat(Enumerable.Range(0, depth - 1).Select(level => new string(' ', level) + "k:\n")) + new string(' ', depth - 1) + "- v\n");
        Exception? failure = null;
        var thread = new Thread(
            () => failure = Record.Exception(() =>
            {
                Should.Throw<InvalidInputException>(() => PortfolioReader.Read(flow, limits)).Message.ShouldStartWith("Expected a string, number, boolean or null.");
                Should.Throw<InvalidInputException>(() => PolicyLoader.Load(block, limits)).Message.ShouldContain("Unknown key 'k'");
            }),
            maxStackSize: 512 * 1024);

        thread.Start();
        thread.Join();

        failure.ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(InputLimits.MaxNestingCeiling + 1)]
    public void MaxNesting_OutsideOneToTheCeiling_Refused(int nesting) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new InputLimits { MaxNesting = nesting });

    /// <summary>A reader of one kind of YAML document, and the file its messages name.</summary>
    private (Action<InputLimits> Read, string File) Reader(string kind)
    {
        switch (kind)
        {
            case "policy":
                return (limits => PolicyLoader.Load(Path.Combine(Gmpp, "pmoassess.yaml"), limits), "pmoassess.yaml");
            case "ruleset":
                return (limits => RulesetLoader.Load([Path.Combine(Gmpp, "gmpp.rules.yaml")], limits), "gmpp.rules.yaml");
            case "examples":
                return (limits => RulesetExamples.Load(Path.Combine(Gmpp, "gmpp.examples.yaml"), limits), "gmpp.examples.yaml");
            case "mapping":
                return (limits => MappingLoader.Load(Path.Combine(Gmpp, "gmpp-2021.mapping.yaml"), limits), "gmpp-2021.mapping.yaml");
            case "methodology":
                return (limits => MethodologyLoader.Load(P3m3, limits), "p3m3.methodology.yaml");
            case "answers":
                var methodology = MethodologyLoader.Load(P3m3);
                using (var writer = new StringWriter(CultureInfo.InvariantCulture))
                {
                    Questionnaire.WriteBlank(methodology, writer);
                    var answers = _folder.Write("answers.yaml", writer.ToString());
                    return (limits => Questionnaire.Read(answers, methodology, limits), "answers.yaml");
                }

            default:
                var data = _folder.Write("portfolio.yaml", "projects:\n  - id: P-1\n    name: Alpha\n    risks:\n      - { id: R-1, title: Late supplier }\n");
                return (limits => PortfolioReader.Read(data, limits), "portfolio.yaml");
        }
    }
}
