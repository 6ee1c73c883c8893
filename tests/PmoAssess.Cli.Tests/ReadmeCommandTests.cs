using System.Diagnostics;
using System.Text.RegularExpressions;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests;

/// <summary>
/// The README's main command, run as a real process of the built executable: if the README or the
/// executable drifts, this fails. Stdout carries only the summary; logs go to stderr.
/// </summary>
public sealed partial class ReadmeCommandTests
{
    [Fact]
    public void ReadmeCommand_RunAsProcess_AssessesSampleAndExitsZero()
    {
        var arguments = ReadmeAssessArguments();
        using var output = new TempFolder();
        // As written, the command records the run in samples/contoso/.pmoassess/history.db; the test keeps the sample clean.
        var history = Path.Combine(output.Path, "history.db");

        var (exitCode, stdout, stderr) = RunExecutable([.. ReplaceOut(arguments, output.Path), "--verbose", "--history", history]);

        exitCode.ShouldBe(0, stderr);
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldAllBe(line =>
            line.StartsWith("Assessed ") || line.StartsWith("Findings: ") || line.StartsWith("Maturity (") || line.StartsWith("Wrote ") || line.StartsWith("Recorded run "));
        stdout.ShouldContain("Recorded run 1 in " + history);
        stderr.ShouldContain("Loaded plugin pmoassess.governance", customMessage: "verbose logs go to stderr");
        File.Exists(Path.Combine(output.Path, "report.md")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(output.Path, "report.md")).ShouldContain("This is the earliest assessment of **contoso** in its history (run 1)");
    }

    [Fact]
    public void ReadmeTestCommand_IsWhatCiRuns()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));
        var ci = File.ReadAllText(RepositoryRoot.Combine(".ci", "run"));

        readme.ShouldContain("dotnet test PmoAssess.sln");
        ci.ShouldContain("dotnet test PmoAssess.sln");
    }

    private static string[] ReadmeAssessArguments()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));
        var match = AssessCommandLine().Match(readme);
        match.Success.ShouldBeTrue("README.md must show 'dotnet run --project engine/PmoAssess.Cli -- assess ...'");
        return match.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static IEnumerable<string> ReplaceOut(string[] arguments, string folder)
    {
        for (var index = 0; index < arguments.Length; index++)
        {
            yield return arguments[index];
            if (arguments[index] == "--out")
            {
                yield return folder;
                index++;
            }
        }
    }

    private static (int ExitCode, string Stdout, string Stderr) RunExecutable(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pmoassess.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit(TimeSpan.FromMinutes(2)).ShouldBeTrue("the assessment did not finish in two minutes");
        return (process.ExitCode, stdout, stderr.Result);
    }

    [GeneratedRegex(@"dotnet run --project engine/PmoAssess\.Cli -- (?<args>assess [^\n`]+)")]
    private static partial Regex AssessCommandLine();
}
