using System.Diagnostics;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Ci;

/// <summary>What a child process did: its exit code, stdout and stderr.</summary>
public sealed record ProcessRun(int ExitCode, string Output, string Error)
{
    /// <summary>
    /// Runs a process from the repository root (or <paramref name="workingDirectory"/>), with extra environment variables,
    /// and waits for it: two minutes unless <paramref name="timeout"/> says otherwise.
    /// </summary>
    public static ProcessRun Start(
        string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var limit = timeout ?? TimeSpan.FromMinutes(2);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(fileName + " " + string.Join(' ', start.ArgumentList) + " did not finish in " + limit + ".");
        }

        return new ProcessRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    public override string ToString() => "exit " + ExitCode + "\nstdout:\n" + Output + "\nstderr:\n" + Error;
}
