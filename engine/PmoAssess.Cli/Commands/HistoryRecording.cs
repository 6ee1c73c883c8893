using Microsoft.Extensions.Logging;
using PmoAssess.Cli.Composition;
using PmoAssess.History;
using PmoAssess.Reporting.Model;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// Records an assessment in its history store while its outputs are written. The run is given its id first, so that the
/// report can name it; its rows are then written on a thread of their own, beside the reading of the last run and then
/// the writers. Recording the 360,000 findings of 100,000 projects takes SQLite 2 s on one core; beside the writers,
/// which keep both cores busy, the run took 0.5 s less (benchmarks' journal), and reading the last run, 8 s of one core
/// at a million projects, left the other idle before it was started beside it. A run that cannot be recorded is a
/// warning, never a failure of the assessment: its report then says it was not recorded.
/// </summary>
internal sealed class HistoryRecording : IDisposable
{
    private readonly HistoryContext _history;
    private readonly RunRecord _current;
    private readonly TextWriter _error;
    private readonly ILogger _logger;
    private RunRecording? _recording;
    private Task? _commit;

    private HistoryRecording(HistoryContext history, RunRecord current, TextWriter error, ILogger logger)
    {
        (_history, _current, _error, _logger) = (history, current, error, logger);
    }

    /// <summary>
    /// Begins recording <paramref name="current"/>: takes the store's lock and gives the run its id, and starts writing its
    /// rows on another thread, while the last run is still being read. The store was checked before any rule ran.
    /// </summary>
    public static HistoryRecording Begin(HistoryContext history, RunRecord current, TextWriter error, ILogger logger)
    {
        var recording = new HistoryRecording(history, current, error, logger);
        try
        {
            Log.RecordingRun(logger, history.Store.Path);
            recording._recording = history.Store.BeginRecording(current);
            // Committed only once the last run is read: a run whose last one cannot be read is not recorded (exit 3).
            var rows = recording._recording;
            recording._commit = Task.Run(() => rows.Commit(beforeCommitting: () => _ = history.Previous));
        }
        catch (HistoryStoreException exception)
        {
            recording.NotRecorded(exception);
        }

        return recording;
    }

    /// <summary>The run's id in the store, or <c>null</c> when it was not (or will not be) recorded.</summary>
    public long? Id => _recording?.Id;

    /// <summary>The run compared with the engagement's last recorded run, naming the run by <see cref="Id"/>.</summary>
    /// <exception cref="InvalidInputException">The last run could not be read.</exception>
    public HistoryComparison Comparison() => _history.Compare(_current with { Id = Id });

    /// <summary>
    /// Waits for the run's rows to be written. <c>false</c> (with a warning) when they could not be: <see cref="Id"/> is
    /// then <c>null</c>, and what named the run by it must be made again. <c>true</c> once nothing is left to wait for: the
    /// run is recorded, or it was never given an id.
    /// </summary>
    public bool Complete()
    {
        if (_commit is null)
        {
            return true;
        }

        try
        {
            _commit.GetAwaiter().GetResult();
            Log.RunRecorded(_logger, _recording!.Id, _history.Store.Path);
            return true;
        }
        catch (HistoryStoreException exception)
        {
            NotRecorded(exception);
            return false;
        }
        finally
        {
            _commit = null;
        }
    }

    /// <summary>Waits for the rows if no one has (a run cancelled while its outputs were written is still recorded), then frees the store's lock.</summary>
    public void Dispose()
    {
        try
        {
            Complete();
        }
        catch (InvalidInputException)
        {
            // The last run could not be read, so nothing was committed: Comparison threw that to the caller already.
        }
        finally
        {
            _recording?.Dispose();
        }
    }

    private void NotRecorded(HistoryStoreException exception)
    {
        _recording?.Dispose();
        _recording = null;
        _error.WriteLine("warning: the run was not recorded in the history store: " + exception.Message);
    }
}
