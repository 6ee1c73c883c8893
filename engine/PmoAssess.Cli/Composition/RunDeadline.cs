namespace PmoAssess.Cli.Composition;

/// <summary>
/// The time one assessment may take. The phases that run code the host does not control (a plugin's table format
/// reading the data; rules, C# or YAML, firing) run on a worker thread that the run waits for until the time is up or
/// the user cancels. NRules only looks at its cancellation token between firings, so a rule action that never returns
/// cannot be stopped: it is abandoned on its (background) thread, and the process exits with the error.
/// </summary>
internal sealed class RunDeadline(TimeSpan timeout, TimeProvider clock)
{
    private readonly long _started = clock.GetTimestamp();

    // Time spent waiting for what the timeout does not cover: the rules and the history store still loading once the
    // data is read beside them (they loaded before the clock started when they were loaded first).
    private TimeSpan _excluded;

    /// <summary>The time the run may take.</summary>
    public TimeSpan Timeout { get; } = timeout;

    /// <summary>Waits for <paramref name="wait"/> outside the timeout: its time is added to what is left.</summary>
    public T Excluding<T>(Func<T> wait)
    {
        ArgumentNullException.ThrowIfNull(wait);
        var started = clock.GetTimestamp();
        try
        {
            return wait();
        }
        finally
        {
            _excluded += clock.GetElapsedTime(started);
        }
    }

    /// <summary>Runs one phase within what is left of the time.</summary>
    /// <param name="phase">What the phase does, for the message: "reading the data", "running the rules".</param>
    /// <param name="work">The phase; its token is cancelled when the time is up or the run is cancelled.</param>
    /// <param name="cancellationToken">The run's own cancellation (Ctrl+C, SIGTERM): it stops the wait at once.</param>
    /// <exception cref="RunTimeoutException">The time ran out before the phase finished.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public T Run<T>(string phase, Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var left = Timeout + _excluded - clock.GetElapsedTime(_started);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var worker = Task.Factory.StartNew(() => work(stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            worker.Wait(left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken);
        }
        catch (AggregateException)
        {
            // The phase failed: its own exception is rethrown below, unwrapped.
        }
        catch (OperationCanceledException)
        {
            stop.Cancel();
            throw;
        }

        if (worker.IsCompleted)
        {
            return worker.GetAwaiter().GetResult();
        }

        // Rules that look at the token stop; one that never returns is left behind on its thread.
        stop.Cancel();
        throw new RunTimeoutException(
            "The run did not finish within its timeout of " + Commands.LimitOptions.Seconds(Timeout) + ": it was stopped while " + phase +
            ". A rule or plugin that never returns does this; if the data is simply that large, raise the limit with --timeout SECONDS. Phase=" + phase);
    }
}

/// <summary>The run took longer than its timeout (a rule or plugin that never returns): exit code 4.</summary>
internal sealed class RunTimeoutException(string message) : Exception(message);
