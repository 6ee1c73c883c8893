using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Commands;

/// <summary>
/// The document limits (--max-document-size, --max-nesting) through the real command line, on every command that reads
/// YAML or JSON documents; and a workbook that is a decompression bomb. A refusal exits 3 naming the file and the option.
/// </summary>
public sealed class LimitOptionsTests : IDisposable
{
    private static readonly string Contoso = RepositoryRoot.Combine("samples", "contoso");
    private static readonly string Gmpp = RepositoryRoot.Combine("samples", "uk-gmpp");
    private static readonly string P3m3 = RepositoryRoot.Combine("rulesets", "methodologies", "p3m3.methodology.yaml");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Assess_PolicyLargerThanMaxDocumentSize_ExitsThreeNamingTheFileAndTheOption()
    {
        var policy = _folder.Write("policy.yaml", "# " + new string('x', 2048) + "\nmethodology: pmo-functions\n");
        string[] assess = ["assess", Contoso, "--as-of", "2026-09-30", "--out", _folder.Combine("out"), "--policy", policy];

        var accepted = await CliRun.InvokeAsync(assess);
        var refused = await CliRun.InvokeAsync([.. assess, "--max-document-size", "1K"]);

        accepted.ExitCode.ShouldBe(0, accepted.ToString());
        refused.ExitCode.ShouldBe(3, refused.ToString());
        refused.Error.ShouldContain(", more than the limit of 1 KB: raise it with --max-document-size. File=policy.yaml");
    }

    [Fact]
    public async Task Assess_BaselineNestedDeeperThanTheDefault_RunsWithARaisedMaxNesting()
    {
        // A baseline ignores properties it does not know: nested 70 deep, it is still a valid (empty) baseline.
        var baseline = _folder.Write("baseline.json",
            "{\"schemaVersion\": 1, \"asOf\": \"2026-09-30\",\n\"notes\": " + new string('[', 70) + new string(']', 70) + ",\n\"findings\": []}");
        string[] assess = ["assess", Contoso, "--as-of", "2026-09-30", "--out", _folder.Combine("out"), "--baseline", baseline, "--fail-on", "critical"];

        var refused = await CliRun.InvokeAsync(assess);
        var accepted = await CliRun.InvokeAsync([.. assess, "--max-nesting", "100"]);

        refused.ExitCode.ShouldBe(3, refused.ToString());
        refused.Error.ShouldContain("The document is nested more than 64 levels deep, the limit: raise it with --max-nesting. File=baseline.json, Line=2, Column=");
        accepted.ExitCode.ShouldBe(0, accepted.ToString());
    }

    [Fact]
    public async Task Validate_RulesetNestedDeeperThanMaxNesting_ExitsThreeWithTheLine()
    {
        var ruleset = Path.Combine(Gmpp, "gmpp.rules.yaml");

        var accepted = await CliRun.InvokeAsync(["validate", ruleset]);
        var refused = await CliRun.InvokeAsync(["validate", ruleset, "--max-nesting", "2"]);

        accepted.ExitCode.ShouldBe(0, accepted.ToString());
        refused.ExitCode.ShouldBe(3, refused.ToString());
        refused.Error.ShouldContain("The document is nested more than 2 levels deep, the limit: raise it with --max-nesting. File=gmpp.rules.yaml, Line=");
    }

    /// <summary>Every command that reads YAML documents, with a nesting limit no real one fits under.</summary>
    public static TheoryData<string[]> CommandsReadingDocuments => new()
    {
        { new[] { "rules", "list" } },
        { new[] { "plugins", "list" } },
        { new[] { "questionnaire", P3m3 } },
        { new[] { "policy", "explain", "--input", Gmpp } },
        { new[] { "validate", P3m3 } },
        { new[] { "baseline", "create", Contoso, "--out", "never-written.json" } },
    };

    [Theory]
    [MemberData(nameof(CommandsReadingDocuments))]
    public async Task Command_MaxNestingBelowTheDefault_ExitsThreeNamingTheOption(string[] command)
    {
        var run = await CliRun.InvokeAsync([.. command, "--max-nesting", "1"]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("The document is nested more than 1 levels deep, the limit: raise it with --max-nesting. File=");
    }

    [Theory]
    [MemberData(nameof(CommandsReadingDocuments))]
    public async Task Command_Help_ListsTheDocumentLimits(string[] command)
    {
        var run = await CliRun.InvokeAsync([.. command.TakeWhile(word => !Path.IsPathRooted(word) && !word.StartsWith('-')), "--help"]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("--max-document-size");
        run.Output.ShouldContain("--max-nesting");
    }

    [Theory]
    [InlineData(new[] { "assess", "x", "--max-nesting", "257" }, "--max-nesting must be 1 to 256 (deeper could overflow the stack); got 257.")]
    [InlineData(new[] { "validate", "x", "--max-nesting", "0" }, "--max-nesting must be 1 to 256 (deeper could overflow the stack); got 0.")]
    [InlineData(new[] { "rules", "list", "--max-document-size", "lots" }, "--max-document-size must be a size such as 16M, 500K or 1000000; got 'lots'.")]
    public async Task Command_BadDocumentLimit_ExitsTwoWithReason(string[] args, string expected)
    {
        var run = await CliRun.InvokeAsync(args);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain(expected);
    }

    [Fact]
    public async Task Assess_WorkbookThatIsADecompressionBomb_ExitsThreeNamingTheFileAndThePart()
    {
        PaddedWorkbook.Write(_folder.Combine("bomb.xlsx"), 200L * 1024 * 1024);
        var mapping = _folder.Write("client.mapping.yaml", "sources:\n  - file: bomb.xlsx\n    entity: projects\n    id: id\n    fields: { name: name }\n");

        var run = await CliRun.InvokeAsync(["assess", _folder.Path, "--mapping", mapping, "--out", _folder.Combine("out")]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("The part " + PaddedWorkbook.SheetPart + " unpacks to 200 MB from ");
        run.Error.ShouldContain("a decompression bomb");
        run.Error.ShouldContain("File=bomb.xlsx");
    }

    [Fact]
    public async Task Inspect_FileWithMoreRowsThanMaxRows_ExitsThreeNamingTheOption()
    {
        var file = _folder.Write("register.csv", "id,name\nP-1,Ledger\nP-2,Payroll\nP-3,Portal\n");

        var accepted = await CliRun.InvokeAsync(["inspect", file]);
        var refused = await CliRun.InvokeAsync(["inspect", file, "--max-rows", "2"]);

        accepted.ExitCode.ShouldBe(0, accepted.ToString());
        refused.ExitCode.ShouldBe(3, refused.ToString());
        refused.Error.ShouldContain("--max-rows");
        refused.Error.ShouldContain("register.csv");
    }
}
