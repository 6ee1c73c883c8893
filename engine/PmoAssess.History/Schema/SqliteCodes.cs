namespace PmoAssess.History.Schema;

/// <summary>The SQLite primary result codes the store acts on (<c>SqliteException.SqliteErrorCode</c>).</summary>
internal static class SqliteCodes
{
    /// <summary>SQLITE_BUSY: another connection holds the lock; wait and try again.</summary>
    public const int Busy = 5;

    /// <summary>SQLITE_LOCKED: a conflict within the same process; wait and try again.</summary>
    public const int Locked = 6;

    /// <summary>SQLITE_CORRUPT: the file's pages make no sense.</summary>
    public const int Corrupt = 11;

    /// <summary>SQLITE_NOTADB: the file is not a database.</summary>
    public const int NotADatabase = 26;
}
