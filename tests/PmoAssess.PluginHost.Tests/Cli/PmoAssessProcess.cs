using System.Diagnostics;

namespace PmoAssess.Tests.PluginHost.Cli;

/// <summary>
/// Runs the real, built executable (pmoassess.dll beside the tests, with the built-in plugins in plugins/)
/// as a separate process: its own default load context, console and exit code, as a user runs it.
/// </summary>
internal sealed record PmoAssessProcess(int ExitCode, string Output, string Error)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<PmoAssessProcess> RunAsync(string[] args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        // These tests assess the repository's samples: no history store may appear in them (see PMOASSESS_NO_HISTORY).
        start.Environment["PMOASSESS_NO_HISTORY"] = "1";
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pmoassess.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("pmoassess " + string.Join(' ', args) + " did not finish within " + Timeout + ".");
        }

        return new PmoAssessProcess(process.ExitCode, await output, await error);
    }

    public override string ToString() => "exit " + ExitCode + "\nstdout:\n" + Output + "\nstderr:\n" + Error;

    // The dotnet CLI tells the processes it starts (the test host among them) which muxer it is.
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
