using System.Diagnostics;
using System.Text;
using PmoAssess.Cli.Tests.Ci;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.History;

/// <summary>
/// The built executable (pmoassess.dll beside the tests) running as a separate process, as a user or a service runs it,
/// with its output collected as it comes so a test can wait for a log line, and can kill it.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly Lock _lock = new();

    private CliProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, line) => Append(_output, line.Data);
        _process.ErrorDataReceived += (_, line) => Append(_error, line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts <c>pmoassess</c> with <paramref name="args"/>; history is off unless the arguments name a store.</summary>
    public static CliProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pmoassess.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PMOASSESS_NO_HISTORY"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new CliProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    public bool HasExited => _process.HasExited;

    public string Error
    {
        get
        {
            lock (_lock)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Waits until the process ends and returns what it did.</summary>
    public async Task<ProcessRun> WaitAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _process.WaitForExitAsync(timeout.Token);
        lock (_lock)
        {
            return new ProcessRun(_process.ExitCode, _output.ToString(), _error.ToString());
        }
    }

    /// <summary>Waits until <paramref name="done"/> holds (polling), failing the test after two minutes or if the process ends first.</summary>
    public async Task WaitUntilAsync(Func<bool> done, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!done())
        {
            if (_process.HasExited && !done())
            {
                throw new ShouldAssertException("The process ended before " + what + ":\n" + await WaitAsync());
            }

            if (waited.Elapsed > Timeout)
            {
                throw new TimeoutException("Waited two minutes for " + what + ".\nstderr:\n" + Error);
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Kills the process at once (SIGKILL on Linux): no finally block, no dispose, no rollback of its own.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            text.Append(line).Append('\n');
        }
    }

    // The dotnet CLI tells the processes it starts (the test host among them) which muxer it is.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
