namespace PmoAssess.Cli;

/// <summary>
/// A test-only hook: with the environment variable <c>PMOASSESS_TEST_PAUSE</c> set to a point's name, the run stops
/// there, says so on stderr and waits (up to a minute) to be cancelled, so that a test can send SIGINT or SIGTERM at a
/// known moment. The one point is <see cref="Outputs"/>: the first output written to its temporary file, not yet
/// renamed. Unset, it costs one environment lookup per run.
/// </summary>
internal static class TestPause
{
    /// <summary>The environment variable that names the point to pause at.</summary>
    public const string Variable = "PMOASSESS_TEST_PAUSE";

    /// <summary>After the first output is written to its temporary file.</summary>
    public const string Outputs = "outputs";

    private static int _paused;

    /// <summary>Pauses at <paramref name="point"/> if the variable names it (once per process).</summary>
    /// <exception cref="OperationCanceledException">The run was cancelled while paused.</exception>
    public static void At(string point, TextWriter error, CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(Variable) != point || Interlocked.Exchange(ref _paused, 1) == 1)
        {
            return;
        }

        error.WriteLine("Paused at " + point + " (" + Variable + ").");
        error.Flush();
        cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMinutes(1));
        cancellationToken.ThrowIfCancellationRequested();
    }
}
