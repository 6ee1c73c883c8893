using System.Runtime.InteropServices;

namespace PmoAssess.Cli;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM cancel the run instead of killing the process: the run stops where it is, deletes the
/// outputs it had staged, and exits 130, leaving the previous outputs as they were. Should the run not stop within
/// <see cref="Grace"/> (code that ignores cancellation), the process exits 130 anyway.
/// </summary>
internal sealed class TerminationSignals : IDisposable
{
    /// <summary>How long a cancelled run may take to stop before the process exits without it.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _cancellation;
    private readonly TextWriter _error;
    private readonly PosixSignalRegistration[] _registrations;
    private int _signalled;

    private TerminationSignals(CancellationTokenSource cancellation, TextWriter error)
    {
        (_cancellation, _error) = (cancellation, error);
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    /// <summary>Cancels <paramref name="cancellation"/> on SIGINT or SIGTERM until disposed.</summary>
    public static TerminationSignals CancelOn(CancellationTokenSource cancellation, TextWriter error) => new(cancellation, error);

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private void OnSignal(PosixSignalContext context)
    {
        // The default action would end the process at once, mid-write.
        context.Cancel = true;
        if (Interlocked.Exchange(ref _signalled, 1) == 1)
        {
            return;
        }

        _cancellation.Cancel();
        _ = Task.Delay(Grace).ContinueWith(_ =>
        {
            _error.WriteLine("error: The run did not stop within " + ((int)Grace.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture) + " s of being cancelled; exiting.");
            Environment.Exit(ExitCodes.Cancelled);
        }, TaskScheduler.Default);
    }
}
