using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace PmoAssess.Tests.PluginHost.Cli;

/// <summary>
/// The real executable started as a process that a test can watch (its stderr as it is written) and signal while it
/// runs. .NET's <see cref="Process.Kill()"/> sends SIGKILL, which no program can handle; SIGINT and SIGTERM are sent with
/// libc's kill(2), as a terminal or a CI runner sends them.
/// </summary>
internal sealed class RunningPmoAssess : IDisposable
{
    public const int SigInt = 2;
    public const int SigTerm = 15;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private RunningPmoAssess(Process process) => _process = process;

    public static RunningPmoAssess Start(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(PmoAssessProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pmoassess.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // These tests assess the repository's samples: no history store may appear in them. A run cancelled while its
        // outputs were written is still recorded, and was, in samples/contoso/.pmoassess/history.db.
        start.Environment["PMOASSESS_NO_HISTORY"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var running = new RunningPmoAssess(process);
        process.OutputDataReceived += (_, e) => Append(running._output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(running._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>Waits until stderr holds <paramref name="text"/>.</summary>
    public async Task WaitForErrorAsync(string text)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!Error.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || stopwatch.Elapsed > Timeout)
            {
                throw new TimeoutException("pmoassess never wrote '" + text + "' to stderr.\nstdout:\n" + Output + "\nstderr:\n" + Error);
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Sends a signal to the process, as kill -SIGNAL PID does.</summary>
    public void Signal(int signal)
    {
        // A signal ignored when the test run started stays ignored in every process it starts: a shell without job control
        // starts a background job (`cmd &`) with SIGINT ignored, and the run would then time out without telling why.
        if (Ignores(_process.Id, signal))
        {
            throw new InvalidOperationException("pmoassess ignores signal " + signal + ", as the test run does: it was started with the " +
                "signal ignored (a shell without job control does so for `cmd &`). Run the tests in the foreground or under `set -m`.");
        }

        if (Kill(_process.Id, signal) != 0)
        {
            throw new InvalidOperationException("kill(" + _process.Id + ", " + signal + ") failed: errno " + Marshal.GetLastPInvokeError());
        }
    }

    /// <summary>Whether process <paramref name="pid"/> ignores <paramref name="signal"/>: the SigIgn mask of /proc/PID/status.</summary>
    private static bool Ignores(int pid, int signal) =>
        File.ReadLines("/proc/" + pid + "/status").FirstOrDefault(line => line.StartsWith("SigIgn:", StringComparison.Ordinal)) is { } line
        && (ulong.Parse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) & (1UL << (signal - 1))) != 0;

    public async Task<PmoAssessProcess> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("pmoassess did not exit within " + Timeout + ".\nstderr:\n" + Error);
        }

        // The last lines are delivered after the exit; WaitForExit without a timeout waits for them.
        _process.WaitForExit();
        return new PmoAssessProcess(_process.ExitCode, Output, Error);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is not null)
        {
            lock (buffer)
            {
                buffer.Append(line).Append('\n');
            }
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
