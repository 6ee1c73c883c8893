using Microsoft.Data.Sqlite;

namespace PmoAssess.History;

/// <summary>
/// A run being recorded (<see cref="HistoryStore.BeginRecording"/>): it has its id and holds the store's write lock, and
/// nothing of it is visible until <see cref="Commit"/>. Disposing it without a commit leaves no trace of the run and
/// frees the lock. Used by one thread at a time.
/// </summary>
public sealed class RunRecording : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly RunRecord _run;
    private readonly Action? _beforeCommit;
    private readonly Func<SqliteException, HistoryStoreException> _failed;

    internal RunRecording(
        SqliteConnection connection, SqliteTransaction transaction, RunRecord run, long id, Action? beforeCommit, Func<SqliteException, HistoryStoreException> failed)
    {
        _connection = connection;
        _transaction = transaction;
        _run = run;
        Id = id;
        _beforeCommit = beforeCommit;
        _failed = failed;
    }

    /// <summary>The id the run was given; it is the run's id in the store once committed.</summary>
    public long Id { get; }

    /// <summary>Writes everything recorded of the run and commits: the run is then in the store, whole.</summary>
    /// <exception cref="HistoryStoreException">The run could not be written; nothing of it was.</exception>
    public void Commit()
    {
        try
        {
            RunWriter.InsertRecords(_connection, Id, _run);
            _beforeCommit?.Invoke();
            _transaction.Commit();
        }
        catch (SqliteException exception)
        {
            throw _failed(exception);
        }
    }

    /// <summary>Ends the recording: a run not committed is rolled back, and the lock is freed.</summary>
    public void Dispose()
    {
        _transaction.Dispose();
        _connection.Dispose();
    }
}
