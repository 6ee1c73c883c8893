namespace PmoAssess.History;

/// <summary>How a <see cref="HistoryStore"/> waits for other writers. Immutable.</summary>
public sealed record HistoryStoreOptions
{
    /// <summary>
    /// How long one statement waits for another process's lock before it fails with <c>SQLITE_BUSY</c> (default 30 s):
    /// SQLite's busy handler waits this long, and Microsoft.Data.Sqlite retries the statement until then.
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a write transaction is tried in all when it still fails with <c>SQLITE_BUSY</c> (default 3).</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>
    /// Called inside the write transaction of <see cref="HistoryStore.Record"/>, after every row is written and before
    /// the commit. For tests only: a test pauses here to kill the writer, or to hold the write lock, at a known point.
    /// </summary>
    public Action? BeforeCommit { get; init; }
}
