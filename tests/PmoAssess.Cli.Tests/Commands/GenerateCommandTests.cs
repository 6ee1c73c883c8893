using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Commands;

/// <summary><c>pmoassess generate</c>: a generated portfolio assesses as it stands, and bad counts are usage errors.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Generate_TwoHundredProjects_WritesTheCanonicalFilesThatAssessCleanly()
    {
        var data = _folder.Combine("data");

        var generate = await CliRun.InvokeAsync(["generate", "--projects", "200", "--seed", "3", "--out", data]);
        var assess = await CliRun.InvokeAsync(["assess", data, "--as-of", "2026-09-30", "--out", _folder.Combine("out"), "--format", "json"]);

        generate.ExitCode.ShouldBe(0, generate.ToString());
        generate.Output.ShouldStartWith("Wrote 200 projects in 1 portfolio as of 2026-09-30 (seed 3) to " + data + ": ");
        Directory.GetFiles(data, "*.csv").Length.ShouldBe(10);
        assess.ExitCode.ShouldBe(0, assess.ToString());
        assess.Output.ShouldStartWith("Assessed 200 projects in 1 portfolio with " + BuiltInRuleCount.Value + " rules as of 2026-09-30.");
    }

    [Fact]
    public async Task Generate_OneProject_CountsEachFilesRecordsInTheRightNumber()
    {
        var data = _folder.Combine("one");

        var generate = await CliRun.InvokeAsync(["generate", "--projects", "1", "--seed", "5", "--out", data]);

        generate.ExitCode.ShouldBe(0, generate.ToString());
        generate.Output.ShouldStartWith("Wrote 1 project in 1 portfolio as of ");
        var counted = generate.Output.TrimEnd().TrimEnd('.').Split(": ", 2)[1].Split(", ");
        foreach (var file in Directory.GetFiles(data, "*.csv").Select(Path.GetFileNameWithoutExtension).Where(name => name is not ("projects" or "portfolios")))
        {
            // Counted from the file apart from the tool: its lines after the header (no generated cell breaks a line).
            var records = File.ReadAllLines(Path.Combine(data, file + ".csv")).Length - 1;
            var noun = file == "evidence" ? (records == 1 ? "evidence record" : "evidence records") : records == 1 ? file!.TrimEnd('s') : file;
            counted.ShouldContain(records + " " + noun);
        }
    }

    [Theory]
    [InlineData("--projects", "0")]
    [InlineData("--projects-per-portfolio", "0")]
    [InlineData("--as-of", "30/09/2026")]
    public async Task Generate_BadValue_IsAUsageError(string option, string value)
    {
        var arguments = new List<string> { "generate", "--projects", "10", "--out", _folder.Combine("data") };
        arguments.AddRange([option, value]);

        var run = await CliRun.InvokeAsync([.. arguments]);

        run.ExitCode.ShouldBe(2, run.ToString());
        Directory.Exists(_folder.Combine("data")).ShouldBeFalse();
    }
}
