using System.Diagnostics;

namespace PmoAssess.Cli.Tests.Reports;

/// <summary>
/// Runs a tool the tests need but .NET does not ship (Chromium, markdownlint-cli2) as a child process, with a
/// time limit. A missing tool fails the test with the command that installs it: never a silent skip.
/// </summary>
internal sealed record ExternalTool(string Path, string InstallHint)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The first of <paramref name="names"/> found on the PATH, or a failed test.</summary>
    public static ExternalTool OnPath(string installHint, params string[] names)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var found = names.SelectMany(name => folders.Select(folder => System.IO.Path.Combine(folder, name))).FirstOrDefault(File.Exists);
        return found is null
            ? throw new InvalidOperationException(string.Join(" or ", names) + " is not installed, so this test cannot run. " + installHint)
            : new ExternalTool(found, installHint);
    }

    /// <summary>The tool at <paramref name="path"/>, or a failed test.</summary>
    public static ExternalTool At(string path, string installHint) => File.Exists(path)
        ? new ExternalTool(path, installHint)
        : throw new InvalidOperationException(path + " is missing, so this test cannot run. " + installHint);

    public async Task<ToolRun> RunAsync(IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(Path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + Path);
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
            throw new TimeoutException(Path + " did not finish within " + Timeout.TotalSeconds + " s: " + string.Join(' ', start.ArgumentList));
        }

        return new ToolRun(process.ExitCode, await output, await error);
    }
}

/// <summary>How a tool run ended.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => "exit " + ExitCode + "\nstdout:\n" + Tail(Output) + "\nstderr:\n" + Tail(Error);

    // Chromium logs pages of D-Bus complaints in a container; the end is what explains a failure.
    private static string Tail(string text) => text.Length <= 4000 ? text : "..." + text[^4000..];
}
