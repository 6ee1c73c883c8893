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
