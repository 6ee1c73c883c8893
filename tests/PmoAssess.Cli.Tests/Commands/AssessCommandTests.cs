using System.Globalization;
using System.Text.RegularExpressions;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Commands;

/// <summary>Every exit code the assess command can produce, through the real command line, plugins and files.</summary>
public sealed class AssessCommandTests
{
    private static readonly string Contoso = RepositoryRoot.Combine("samples", "contoso");

    [Fact]
    public async Task Assess_Sample_WritesReportAndSummaryAndExitsZero()
    {
        using var output = new TempFolder();

        var run = await CliRun.InvokeAsync(["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path]);

        run.ExitCode.ShouldBe(0, run.ToString());
        File.Exists(output.Combine("report.md")).ShouldBeTrue();
        run.Output.ShouldStartWith("Assessed 34 projects in 3 portfolios with " + BuiltInRuleCount.Value + " rules as of 2026-09-30.");
        var findings = Regex.Match(run.Output, @"Findings: (\d+) \((\d+) critical, (\d+) high, (\d+) medium, (\d+) low, (\d+) info\); not assessable: \d+; rule errors: 0\.");
        findings.Success.ShouldBeTrue(run.Output);
        int.Parse(findings.Groups[1].Value, CultureInfo.InvariantCulture)
            .ShouldBe(Enumerable.Range(2, 5).Sum(group => int.Parse(findings.Groups[group].Value, CultureInfo.InvariantCulture)));
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public async Task Assess_WithoutAsOf_UsesInjectedClockInUtc()
    {
        using var output = new TempFolder();

        var run = await CliRun.InvokeAsync(["assess", Contoso, "--out", output.Path]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("as of 2026-10-15.");
    }

    [Theory]
    [InlineData("high", 1)]
    [InlineData("critical", 0)]
    public async Task Assess_FailOnSeverity_FailsGateOnlyWhenAFindingReachesIt(string severity, int expectedExitCode)
    {
        using var output = new TempFolder();

        var run = await CliRun.InvokeAsync(["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path, "--fail-on", severity]);

        run.ExitCode.ShouldBe(expectedExitCode, run.ToString());
        File.Exists(output.Combine("report.md")).ShouldBeTrue("the report is written whether or not the gate passes");
    }

    [Theory]
    [InlineData(new string[0], "Required command was not provided")]
    [InlineData(new[] { "assess" }, "Required argument missing")]
    [InlineData(new[] { "assess", "x", "--no-such-option" }, "--no-such-option")]
    [InlineData(new[] { "assess", "x", "--as-of", "30/09/2026" }, "--as-of must be a date as yyyy-MM-dd; got '30/09/2026'.")]
    [InlineData(new[] { "assess", "x", "--format", "md,docx" }, "Unknown format 'docx'. Known formats: md, html, json, sarif, junit.")]
    public async Task Invoke_BadCommandLine_ExitsTwoWithReason(string[] args, string expected)
    {
        var run = await CliRun.InvokeAsync(args);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain(expected);
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Assess_OutIsAFileAndPluginFolderMissing_ExitsTwoListingBothProblems()
    {
        using var scratch = new TempFolder();
        var file = scratch.Write("not-a-folder", "x");

        var run = await CliRun.InvokeAsync(["assess", Contoso, "--out", file, "--plugins", scratch.Combine("nowhere")]);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("--out names a file, not a folder: " + file);
        run.Error.ShouldContain("--plugins names a folder that does not exist: " + scratch.Combine("nowhere"));
    }

    [Theory]
    [InlineData("--mapping", "absent.mapping.yaml")]
    [InlineData("--methodology", "absent.methodology.yaml")]
    [InlineData("--answers", "absent.yaml")]
    [InlineData("--policy", "absent.yaml")]
    public async Task Assess_OptionNamingAFileThatIsNotThere_ExitsTwoNamingIt(string option, string file)
    {
        using var scratch = new TempFolder();

        var run = await CliRun.InvokeAsync(["assess", Contoso, "--out", scratch.Combine("out"), option, scratch.Combine(file)]);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain(option + " names a file that does not exist: " + scratch.Combine(file));
    }

    [Theory]
    [InlineData("--fail-on", "severe", "'severe' is not a severity for --fail-on: expected info, low, medium, high or critical.")]
    [InlineData("--pmo-type", "advisory", "'advisory' is not a PMO type for --pmo-type: expected supportive, controlling or directive.")]
    public async Task Assess_NamedValueNotKnown_ExitsTwoListingTheNamesAsWritten(string option, string value, string expected)
    {
        var run = await CliRun.InvokeAsync(["assess", Contoso, option, value]);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain(expected);
        run.Error.ShouldNotContain("PmoAssess.");
    }

    [Fact]
    public async Task Assess_NamedValueInCapitals_IsTaken()
    {
        using var scratch = new TempFolder();

        var run = await CliRun.InvokeAsync(["assess", Contoso, "--as-of", "2026-09-30", "--out", scratch.Combine("out"), "--fail-on", "CRITICAL"]);

        run.ExitCode.ShouldBe(0, run.ToString());
    }

    [Fact]
    public async Task Assess_ExportWithoutAColumn_RulesNeedingItAreNotAssessableNotFailed()
    {
        using var scratch = new TempFolder();
        scratch.Write("export/portfolios.csv", "id,name\nPF1,Digital\n");
        // No manager column at all; a sponsor column with one cell blank.
        scratch.Write("export/projects.csv", "id,name,portfolio,stage,sponsor\nP1,Alpha,PF1,execution,Ann\nP2,Beta,PF1,execution,\n");

        var run = await CliRun.InvokeAsync(["assess", scratch.Combine("export"), "--as-of", "2026-09-30", "--out", scratch.Combine("out"), "--format", "md,json"]);

        run.ExitCode.ShouldBe(0, run.ToString());
        var findings = File.ReadAllText(scratch.Combine("out/findings.json"));
        // DQ-102 requires manager != null: with no such column it says nothing of P1 or P2.
        findings.ShouldContain("The source has no column for 'manager'.");
        var report = File.ReadAllText(scratch.Combine("out/report.md"));
        report.ShouldContain("| DQ-102 | Project P1 Alpha | manager | projects.csv row 2, manager: (no such column) |");
        report.ShouldNotContain("| DQ-102 | Project P1 Alpha | Alpha has no");
        // An empty cell is the client's data: GOV-001 still fails P2.
        report.ShouldContain("| GOV-001 | Project P2 Beta | The project has no sponsor. | projects.csv row 3, sponsor: (blank) |");
    }

    [Fact]
    public async Task Assess_MissingInput_ExitsThreeNamingTheInput()
    {
        using var output = new TempFolder();
        var missing = output.Combine("no-such-portfolio");

        var run = await CliRun.InvokeAsync(["assess", missing, "--out", output.Path]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("The input does not exist");
        run.Error.ShouldContain("File=" + missing);
        File.Exists(output.Combine("report.md")).ShouldBeFalse();
    }

    [Fact]
    public async Task Assess_MalformedCsvRow_ExitsThreeNamingFileLineAndColumn()
    {
        using var input = new TempFolder();
        input.Write("projects.csv", "id,name,stage\nP1,Alpha,execution\nP2,\"Beta \"quoted\" name\",planning\n");
        using var output = new TempFolder();

        var run = await CliRun.InvokeAsync(["assess", input.Path, "--out", output.Path]);

        run.ExitCode.ShouldBe(3, run.ToString());
        // Line 3 is P2's row; the stray text after the closing quote starts at character 11.
        run.Error.ShouldContain("File=projects.csv, Line=3, Column=11");
        File.Exists(output.Combine("report.md")).ShouldBeFalse();
    }

    [Fact]
    public async Task Assess_UnparseableValue_ExitsThreeNamingCellAndExpectedFormat()
    {
        using var input = new TempFolder();
        input.Write("projects.csv", "id,name,stage,last_status_report\nP1,Alpha,execution,2026-09-01\nP2,Beta,planning,31/08/2026\n");
        using var output = new TempFolder();

        var run = await CliRun.InvokeAsync(["assess", input.Path, "--out", output.Path]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("Cannot read '31/08/2026' as a date as yyyy-MM-dd. File=projects.csv, Line=3, Column=4 (last_status_report)");
    }

    [Fact]
    public async Task Assess_PluginThatCannotLoad_ExitsFourNamingItsPath()
    {
        using var plugins = new TempFolder();
        var assembly = plugins.Write(Path.Combine("Broken", "Broken.dll"), "this is not an assembly");
        using var output = new TempFolder();

        var run = await CliRun.InvokeAsync(["assess", Contoso, "--out", output.Path, "--plugins", plugins.Path]);

        run.ExitCode.ShouldBe(4, run.ToString());
        run.Error.ShouldContain("The plugin assembly could not be loaded");
        run.Error.ShouldContain("Path=" + assembly);
        File.Exists(output.Combine("report.md")).ShouldBeFalse();
    }

    [Fact]
    public async Task Assess_Cancelled_Exits130WithoutWritingOutputs()
    {
        using var output = new TempFolder();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var run = await CliRun.InvokeAsync(["assess", Contoso, "--out", output.Path], cancellationToken: cancellation.Token);

        run.ExitCode.ShouldBe(130, run.ToString());
        File.Exists(output.Combine("report.md")).ShouldBeFalse();
    }

    [Fact]
    public async Task Assess_OutputExists_IsReplacedWholeWithNoTemporaryFilesLeft()
    {
        using var output = new TempFolder();
        output.Write("report.md", "previous report");

        var run = await CliRun.InvokeAsync(["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path]);

        run.ExitCode.ShouldBe(0, run.ToString());
        File.ReadAllText(output.Combine("report.md")).ShouldStartWith("# PMO assessment: contoso");
        Directory.GetFiles(output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["report.html", "report.md"]);
    }
}
