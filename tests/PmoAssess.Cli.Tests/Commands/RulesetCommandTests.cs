using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Commands;

/// <summary>YAML rulesets through the command line: validate, assess --rules and rules list.</summary>
public sealed class RulesetCommandTests : IDisposable
{
    private static readonly string Contoso = RepositoryRoot.Combine("samples", "contoso");
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string CustomRuleset = """
        ruleset: acme
        version: 0.1.0
        rules:
          - id: ACME-001
            title: Projects name their programme
            severity: low
            category: governance
            level: 1
            tags: [programme]
            appliesTo: project
            when: isActive
            require: programme != null
        """;

    [Fact]
    public async Task Validate_BuiltInRulesetsAndMethodologies_CountsThemAndExitsZero()
    {
        var files = Directory.GetFiles(RepositoryRoot.Combine("rulesets"), "*.rules.yaml", SearchOption.AllDirectories);
        var rules = files.Sum(file => File.ReadLines(file).Count(line => line.TrimStart().StartsWith("- id:", StringComparison.Ordinal)));

        var methodologies = Directory.GetFiles(RepositoryRoot.Combine("rulesets"), "*.methodology.yaml", SearchOption.AllDirectories).Length;
        var examples = ExamplesIn(RepositoryRoot.Combine("rulesets"));

        var run = await CliRun.InvokeAsync(["validate", RepositoryRoot.Combine("rulesets")]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldBe(files.Length + " rulesets, " + rules + " rules, " + methodologies + " methodologies, 0 mappings, " + examples + " examples: valid." + Environment.NewLine);
    }

    private static int ExamplesIn(string folder) =>
        Directory.GetFiles(folder, "*.examples.yaml", SearchOption.AllDirectories)
            .Sum(file => File.ReadLines(file).Count(line => line.TrimStart().StartsWith("- name:", StringComparison.Ordinal)));

    [Fact]
    public async Task Validate_RulesetWithAFailingExample_DescribesItAndExitsThree()
    {
        var rules = _folder.Write("acme.rules.yaml", CustomRuleset);
        _folder.Write("acme.examples.yaml", """
            examples:
              - name: A project without a programme fails
                asOf: 2026-09-30
                data:
                  projects:
                    - { id: P1, name: Alpha, stage: execution }
                    - { id: P2, name: Beta, stage: execution, programme: Core }
                expect:
                  - { rule: ACME-001, subject: P1, status: failed }
                  - { rule: ACME-001, subject: P2, status: failed }
            """);

        var run = await CliRun.InvokeAsync(["validate", rules]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("An example failed:");
        run.Error.ShouldContain("Example 'A project without a programme fails' (acme.examples.yaml:2) failed.");
        run.Error.ShouldContain("actual:   ACME-001 P2 passed");
    }

    [Fact]
    public async Task Validate_FolderWithPassingExamples_CountsThem()
    {
        _folder.Write("acme/acme.rules.yaml", CustomRuleset);
        _folder.Write("acme/acme.examples.yaml", """
            examples:
              - name: A project without a programme fails
                asOf: 2026-09-30
                data:
                  projects:
                    - { id: P1, name: Alpha, stage: execution }
                expect:
                  - { rule: ACME-001, subject: P1, status: failed }
            """);

        var run = await CliRun.InvokeAsync(["validate", _folder.Combine("acme")]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldBe("1 ruleset, 1 rule, 0 methodologies, 0 mappings, 1 example: valid." + Environment.NewLine);
    }

    [Fact]
    public async Task Validate_PolicyFile_IsValidatedAsAPolicy()
    {
        var run = await CliRun.InvokeAsync(["validate", RepositoryRoot.Combine("samples", "ci", "pmoassess.yaml")]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldBe("0 rulesets, 0 rules, 0 methodologies, 0 mappings, 1 policy: valid." + Environment.NewLine);
    }

    [Fact]
    public async Task Validate_PolicyWithMistakes_ListsThemWithTheirPlaceAndExitsThree()
    {
        var policy = _folder.Write("pmoassess.yaml", "pmotype: controlling\ngate:\n  failOn: severe\n");

        var run = await CliRun.InvokeAsync(["validate", policy]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("Unknown key 'pmotype' in a policy; did you mean 'pmoType'?");
        run.Error.ShouldContain("File=pmoassess.yaml, Line=1, Column=1");
        run.Error.ShouldContain("File=pmoassess.yaml, Line=3, Column=11");
        run.Error.ShouldNotContain("in a ruleset");
    }

    [Fact]
    public async Task Validate_PolicyNamingARulesetWithAClashingId_ExitsThree()
    {
        _folder.Write("rules/acme.rules.yaml", CustomRuleset.Replace("ACME-001", "GOV-001", StringComparison.Ordinal));
        var policy = _folder.Write("pmoassess.yaml", "rulesets: [rules]\n");

        var run = await CliRun.InvokeAsync(["validate", policy]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("Rule=GOV-001");
    }

    [Fact]
    public async Task Validate_SampleMappings_CheckedAgainstTheirFilesHeaders()
    {
        var run = await CliRun.InvokeAsync(["validate", RepositoryRoot.Combine("samples", "uk-gmpp")]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldBe("1 ruleset, 9 rules, 0 methodologies, 2 mappings, 1 policy, " + ExamplesIn(RepositoryRoot.Combine("samples", "uk-gmpp")) + " examples: valid." + Environment.NewLine);
    }

    [Fact]
    public async Task Validate_MappingNamingAColumnTheFileLacks_ExitsThreeListingTheHeaders()
    {
        _folder.Write("export.csv", "Ref;Title\nP-1;Alpha\n");
        var mapping = _folder.Write("client.mapping.yaml", "sources:\n  - file: export.csv\n    entity: projects\n    id: Ref\n    fields: { name: Name }\n");

        var run = await CliRun.InvokeAsync(["validate", mapping]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("No column 'Name' (name). The header of export.csv has: 'Ref', 'Title'. File=client.mapping.yaml, Line=5, Column=");
    }

    [Fact]
    public async Task Validate_RulesetWithMistakes_ListsEachWithItsPlaceAndExitsThree()
    {
        var file = _folder.Write("acme.rules.yaml", CustomRuleset.Replace("programme != null", "programe != null", StringComparison.Ordinal) + "\n    severty: high\n");

        var run = await CliRun.InvokeAsync(["validate", file]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain("Found 2 problems in the rulesets:");
        run.Error.ShouldContain("Unknown field 'programe' on project; did you mean 'programme'? File=acme.rules.yaml, Line=12, Column=14, Rule=ACME-001");
        run.Error.ShouldContain("Unknown key 'severty' in a rule; did you mean 'severity'?");
    }

    [Fact]
    public async Task Validate_RuleIdOfABuiltInPluginRule_ExitsThree()
    {
        var file = _folder.Write("acme.rules.yaml", CustomRuleset.Replace("ACME-001", "GOV-001", StringComparison.Ordinal));

        var run = await CliRun.InvokeAsync(["validate", file]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("Rule=GOV-001, Source=ruleset acme 0.1.0, OtherSource=pmoassess.governance, File=acme.rules.yaml");
    }

    [Fact]
    public async Task Assess_WithCustomRuleset_RunsItBesideTheBuiltInRules()
    {
        var file = _folder.Write("acme.rules.yaml", CustomRuleset);

        var run = await CliRun.InvokeAsync(["assess", Contoso, "--as-of", "2026-09-30", "--rules", file, "--out", _folder.Combine("out")]);

        run.ExitCode.ShouldBe(0, run.ToString());
        File.ReadAllText(_folder.Combine("out/report.md")).ShouldContain("ruleset acme 0.1.0");
    }

    [Theory]
    [InlineData("no-such-input")]
    [InlineData("malformed")]
    public async Task Assess_WithInvalidRulesetAndBadData_ReportsTheRulesetAndExitsThree(string input)
    {
        var file = _folder.Write("acme.rules.yaml", CustomRuleset.Replace("isActive", "isActiv", StringComparison.Ordinal));
        _folder.Write("malformed/projects.csv", "id,name\nP-1,\"never closed\n");

        // The data is read while the rules load, but configuration comes first: the ruleset is what is reported.
        var run = await CliRun.InvokeAsync(["assess", _folder.Combine(input), "--rules", file, "--out", _folder.Combine("out")]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("Unknown field 'isActiv' on project; did you mean 'isActive'?");
        run.Error.ShouldNotContain("projects.csv");
        Directory.Exists(_folder.Combine("out")).ShouldBeFalse();
    }

    [Fact]
    public async Task Assess_ValidRulesAndMalformedData_ReportsTheDataWithItsPlace()
    {
        _folder.Write("malformed/projects.csv", "id,name\nP-1,\"never closed\n");

        var run = await CliRun.InvokeAsync(["assess", _folder.Combine("malformed"), "--out", _folder.Combine("out")]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("File=projects.csv, Line=2");
    }

    [Fact]
    public async Task Assess_RulesPathThatDoesNotExist_IsAUsageError()
    {
        var run = await CliRun.InvokeAsync(["assess", Contoso, "--rules", _folder.Combine("missing.rules.yaml"), "--out", _folder.Combine("out")]);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("--rules names a file or folder that does not exist");
    }

    [Fact]
    public async Task RulesList_ShowsYamlAndCSharpRulesSideBySide()
    {
        var run = await CliRun.InvokeAsync(["rules", "list", "--rules", _folder.Write("acme.rules.yaml", CustomRuleset)]);

        run.ExitCode.ShouldBe(0, run.ToString());
        var lines = run.Output.Split('\n');
        lines.ShouldContain(line => line.StartsWith("GOV-001 ", StringComparison.Ordinal) && line.Contains("pmoassess.governance", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("GOV-101 ", StringComparison.Ordinal) && line.Contains("ruleset governance", StringComparison.Ordinal));
        lines.ShouldContain(line => line.StartsWith("ACME-001", StringComparison.Ordinal) && line.Contains("ruleset acme 0.1.0", StringComparison.Ordinal));
    }
}
