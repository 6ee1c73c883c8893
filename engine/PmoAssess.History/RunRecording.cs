using Microsoft.Data.Sqlite;

namespace PmoAssess.History;

/// <summary>
/// A run being recorded (<see cref="HistoryStore.BeginRecording"/>): it has its id and holds the store's write lock, and
/// nothing of it is visible until <see cref="Commit(Action)"/>. Disposing it without a commit leaves no trace of the run and
/// frees the lock. Used by one thread at a time.
/// </summary>
public sealed class RunRecording : IDisposable
{
    private readonly HistoryStore _store;
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly RunRecord _run;

    internal RunRecording(HistoryStore store, SqliteConnection connection, SqliteTransaction transaction, RunRecord run, long id)
    {
        (_store, _connection, _transaction, _run) = (store, connection, transaction, run);
        Id = id;
    }

    /// <summary>The id the run was given; it is the run's id in the store once committed.</summary>
    public long Id { get; }

    /// <summary>Writes everything recorded of the run and commits: the run is then in the store, whole.</summary>
    /// <exception cref="HistoryStoreException">The run could not be written; nothing of it was.</exception>
    public void Commit() => Commit(beforeCommitting: static () => { });

    /// <summary>Writes everything recorded of the run and commits: the run is then in the store, whole.</summary>
    /// <param name="beforeCommitting">
    /// Called once the rows are written, before they are committed: what the run must wait for before it is in the store.
    /// What it throws is thrown on, with nothing of the run committed.
    /// </param>
    /// <exception cref="HistoryStoreException">The run could not be written; nothing of it was.</exception>
    public void Commit(Action beforeCommitting)
    {
        ArgumentNullException.ThrowIfNull(beforeCommitting);
        try
        {
            RunWriter.InsertRecords(_connection, Id, _run);
            beforeCommitting();
            _store.BeforeCommit?.Invoke();
            _transaction.Commit();
        }
        catch (SqliteException exception)
        {
            throw _store.Failed(HistoryStore.Recording, exception);
        }
    }

    /// <summary>Ends the recording: a run not committed is rolled back, and the lock is freed.</summary>
    public void Dispose()
    {
        _transaction.Dispose();
        _connection.Dispose();
    }
}
