using System.Globalization;
using Microsoft.Data.Sqlite;
using PmoAssess.History.Schema;
using PmoAssess.Reporting.Model;

namespace PmoAssess.History;

/// <summary>
/// The history of assessments in one SQLite file. Opening checks that the file is a PmoAssess store (or nothing yet)
/// and migrates it to the current schema; every operation afterwards opens its own connection, so one store object
/// serves many threads, and any number of processes may write to one file at once. A store is made (with its folder)
/// when the first run is recorded in it, not when it is opened: an assessment that fails leaves nothing behind in the
/// client's folder, not even an empty store.
/// </summary>
/// <remarks>
/// The file is in WAL mode: readers never wait for the writer. Writers take the lock at the start of their transaction
/// (<c>BEGIN IMMEDIATE</c>), so two writers never deadlock; a busy lock is waited for (<see cref="HistoryStoreOptions.BusyTimeout"/>)
/// and the whole transaction tried again (<see cref="HistoryStoreOptions.Attempts"/>). A run is written in one
/// transaction: a writer killed half-way leaves no trace of its run. A file that is not SQLite, a SQLite database
/// without our <c>application_id</c>, or a store of a newer schema is refused, and never written to.
/// </remarks>
public sealed class HistoryStore
{
    private readonly string _file;
    private readonly HistoryStoreOptions _options;

    // Whether the file is known to be a store of the current schema: opened so, or made by a recording.
    private volatile bool _made;

    private HistoryStore(string path, string file, HistoryStoreOptions options)
    {
        Path = path;
        _file = file;
        _options = options;
    }

    /// <summary>The store's path, as it was given.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, migrating it to the current schema. When there is nothing there, the
    /// store holds no runs, and is made (with its folder) when the first is recorded.
    /// </summary>
    /// <exception cref="InvalidInputException">
    /// The path is a folder; the file is not a SQLite database, is a SQLite database of another program, is damaged, or
    /// has a newer schema; or it cannot be created or opened. The file is left as it was.
    /// </exception>
    public static HistoryStore Open(string path, HistoryStoreOptions? options = null) => OpenOrCreate(path, options, create: true);

    /// <summary>Opens the existing store at <paramref name="path"/> (migrating it), without creating one.</summary>
    /// <exception cref="InvalidInputException">As for <see cref="Open"/>, and when there is no store at the path.</exception>
    public static HistoryStore OpenExisting(string path, HistoryStoreOptions? options = null) => OpenOrCreate(path, options, create: false);

    /// <summary>Records <paramref name="run"/> in one transaction and returns its id.</summary>
    /// <exception cref="HistoryStoreException">The run could not be written; nothing of it was.</exception>
    public long Record(RunRecord run)
    {
        using var recording = BeginRecording(run);
        recording.Commit();
        return recording.Id;
    }

    /// <summary>
    /// Starts recording <paramref name="run"/> in one transaction: takes the store's write lock and gives the run its id,
    /// which the caller may show (the report does) while <see cref="RunRecording.Commit(Action)"/> writes the rest, on another
    /// thread if it likes. Readers see nothing of the run until the commit; a recording disposed without one leaves no trace.
    /// </summary>
    /// <exception cref="HistoryStoreException">
    /// The store could not be made, the lock was not had in time, or the run could not be written; nothing of it was.
    /// </exception>
    public RunRecording BeginRecording(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Make();
        return Write(Recording, connection =>
        {
            var transaction = connection.BeginTransaction(deferred: false);
            try
            {
                return new RunRecording(this, connection, transaction, run, RunWriter.InsertRun(connection, transaction, run));
            }
            catch
            {
                transaction.Dispose();
                throw;
            }
        }, handOverConnection: true);
    }

    /// <summary>Every run, or every run of one engagement, oldest first.</summary>
    public IReadOnlyList<HistoryRun> Runs(string? engagement = null) => !Exists ? [] :
        Read("list the runs", connection => RunReader.Runs(connection, new RunFilter { Engagement = engagement }));

    /// <summary>The run with id <paramref name="id"/>, with everything recorded of it; <c>null</c> when there is none.</summary>
    public RunRecord? Find(long id) => !Exists ? null : Read("read run " + id.ToString(CultureInfo.InvariantCulture), connection => RunReader.Find(connection, id));

    /// <summary>
    /// The run with id <paramref name="id"/>, as <see cref="Find"/> reads it, but for its findings' messages: those are
    /// read when asked for, as a comparison asks for the messages of the findings that went away alone. Asked for once the
    /// run is no longer in the store (pruned since), a message is <c>null</c>. When the run's finding keys are
    /// <paramref name="keysKnown"/> (<see cref="FindingKeys"/>), as the run being compared with it has, its findings are
    /// not read unless asked for: the comparison knows from the keys alone that none appeared or went away.
    /// </summary>
    public RunRecord? FindToCompare(long id, string? keysKnown = null) => !Exists ? null :
        Read("read run " + id.ToString(CultureInfo.InvariantCulture), connection => RunReader.Find(
            connection, id, positions => Messages(id, positions), keysKnown, count => FindingsOf(id, count)));

    /// <summary>The <paramref name="count"/> findings of run <paramref name="run"/>, on a connection of their own, each message read when asked for.</summary>
    private StoredFindings FindingsOf(long run, int count) =>
        Read("read the findings of run " + run.ToString(CultureInfo.InvariantCulture), connection => StoredFindings.Read(connection, run, count, positions => Messages(run, positions)));

    /// <summary>The messages of run <paramref name="run"/>'s findings at <paramref name="positions"/>, on a connection of their own.</summary>
    private byte[]?[] Messages(long run, IReadOnlyList<int> positions) =>
        Read("read the messages of run " + run.ToString(CultureInfo.InvariantCulture), connection => RunReader.Messages(connection, run, positions));

    /// <summary>
    /// The levels of the last <paramref name="count"/> runs of <paramref name="engagement"/> as of <paramref name="asOf"/>
    /// or earlier, in the order of their assessment dates (runs of one date in the order they were recorded), oldest first:
    /// the trend (<see cref="HistoryComparer"/> keeps those of the methodology it compares under), and in its last run the
    /// one an assessment as of <paramref name="asOf"/> is compared with. A run as of a later date is not in it: an
    /// assessment of an earlier date, made afterwards, is not compared with a future it could not know.
    /// </summary>
    public IReadOnlyList<RunLevels> RecentLevels(string engagement, int count, DateOnly asOf) => !Exists ? [] : Read("read the recent levels", connection =>
    {
        var runs = RunReader.Runs(connection, new RunFilter { Engagement = engagement, AsOfAtMost = asOf, Limit = count, NewestFirst = true });
        return runs.Reverse().Select(run => new RunLevels { Run = run, Categories = RunReader.Categories(connection, run.Id!.Value) }).ToList();
    });

    /// <summary>
    /// Deletes all but the last <paramref name="keep"/> runs of each engagement (by assessment date, then by when they were
    /// recorded), in one transaction; returns how many went.
    /// </summary>
    public int Prune(int keep)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        return !Exists ? 0 : Write("prune the runs", connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = """
                DELETE FROM run WHERE id IN (
                    SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY engagement ORDER BY as_of DESC, id DESC) AS newer FROM run)
                    WHERE newer > $keep)
                """;
            delete.Parameters.AddWithValue("$keep", keep);
            var deleted = delete.ExecuteNonQuery();
            transaction.Commit();
            return deleted;
        });
    }

    private static HistoryStore OpenOrCreate(string path, HistoryStoreOptions? options, bool create)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new HistoryStoreOptions();
        string file;
        try
        {
            file = System.IO.Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or NotSupportedException)
        {
            throw Refused("The history store's path is not a valid path: " + exception.Message, path, exception);
        }

        if (Directory.Exists(file))
        {
            throw Refused("The history store's path names a folder, not a file.", path);
        }

        var store = new HistoryStore(path, file, options);
        StoreFileKind kind;
        try
        {
            kind = StoreFile.Inspect(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Refused("The history store could not be read: " + exception.Message, path, exception);
        }

        switch (kind)
        {
            case StoreFileKind.NotSqlite:
                throw Refused("The history store is not a SQLite database: the file is damaged, or belongs to another program. It was left untouched.", path);
            case StoreFileKind.Missing when !create:
                throw Refused("There is no history store at this path: no assessment has been recorded there yet.", path);
            case StoreFileKind.Missing:
                return store;
            case StoreFileKind.Sqlite:
                // Checked on a read-only connection first: a file that is not ours is never opened for writing.
                var marker = store.Guard(() =>
                {
                    using var reader = store.Connect(SqliteOpenMode.ReadOnly);
                    return StoreMarker.Read(reader, transaction: null);
                });
                store.Check(marker);
                if (marker.Version == StoreSchema.CurrentVersion)
                {
                    store._made = true;
                    return store;
                }

                break;
        }

        // An empty file, or a store of an older schema.
        store.Guard(() =>
        {
            store.Migrate();
            return true;
        });
        store._made = true;
        return store;
    }

    /// <summary>Whether there is a store at the path: one opened, one made since, or one another process made meanwhile.</summary>
    private bool Exists => _made || File.Exists(_file);

    /// <summary>
    /// Makes the store, with its folder, the first time a run is recorded in a store that was not there when opened (or
    /// checks and migrates the one another process made meanwhile, as opening would have).
    /// </summary>
    private void Make()
    {
        if (_made)
        {
            return;
        }

        try
        {
            if (File.Exists(_file))
            {
                // Checked on a read-only connection first, as opening checks it: a file not ours is never written to.
                _ = OpenOrCreate(Path, _options, create: false);
            }
            else
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(_file)!);
                Guard(() =>
                {
                    Migrate();
                    return true;
                });
            }

            _made = true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new HistoryStoreException("Could not make the history store's folder: " + exception.Message + " File=" + Path, exception);
        }
        catch (InvalidInputException exception)
        {
            throw new HistoryStoreException(exception.Message, exception);
        }
    }

    /// <summary>Sets WAL mode and brings the schema to the current version in one transaction, checking the file again inside it.</summary>
    private void Migrate()
    {
        using var connection = Connect(SqliteOpenMode.ReadWriteCreate);
        Execute(connection, null, "PRAGMA journal_mode = WAL;");
        using var transaction = connection.BeginTransaction(deferred: false);
        var marker = StoreMarker.Read(connection, transaction);
        Check(marker);
        if (marker.Version < StoreSchema.CurrentVersion)
        {
            foreach (var migration in StoreSchema.Migrations.Where(migration => migration.Version > marker.Version))
            {
                Execute(connection, transaction, migration.Sql);
                Execute(connection, transaction, "PRAGMA user_version = " + migration.Version.ToString(CultureInfo.InvariantCulture) + ";");
            }

            Execute(connection, transaction, "PRAGMA application_id = " + StoreSchema.ApplicationId.ToString(CultureInfo.InvariantCulture) + ";");
        }

        transaction.Commit();
    }

    /// <summary>Refuses a database that is not ours, or ours but of a newer schema.</summary>
    private void Check(StoreMarker marker)
    {
        if (marker.ApplicationId == StoreSchema.ApplicationId)
        {
            if (marker.Version > StoreSchema.CurrentVersion)
            {
                throw Refused(
                    "The history store has schema version " + marker.Version.ToString(CultureInfo.InvariantCulture) +
                    ", newer than this PmoAssess understands (" + StoreSchema.CurrentVersion.ToString(CultureInfo.InvariantCulture) +
                    "): use the PmoAssess that wrote it, or a later one. It was left untouched.", Path);
            }

            return;
        }

        if (marker.ApplicationId != 0 || marker.Version != 0 || marker.Objects != 0)
        {
            throw Refused(
                "The history store is a SQLite database, but not a PmoAssess history store (application_id " +
                marker.ApplicationId.ToString(CultureInfo.InvariantCulture) + ", user_version " + marker.Version.ToString(CultureInfo.InvariantCulture) +
                ", " + marker.Objects.ToString(CultureInfo.InvariantCulture) + " tables and indexes). It was left untouched.", Path);
        }
    }

    /// <summary>Turns SQLite's and the file system's failures while opening into a refusal naming the file.</summary>
    private T Guard<T>(Func<T> open)
    {
        try
        {
            return open();
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteCodes.Corrupt or SqliteCodes.NotADatabase)
        {
            throw Refused("The history store is damaged: " + exception.Message + " It was left untouched.", Path, exception);
        }
        catch (SqliteException exception)
        {
            throw Refused("The history store could not be opened: " + exception.Message, Path, exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Refused("The history store could not be opened: " + exception.Message, Path, exception);
        }
    }

    private T Read<T>(string what, Func<SqliteConnection, T> read)
    {
        try
        {
            using var connection = Connect(SqliteOpenMode.ReadWrite);
            return read(connection);
        }
        catch (Exception exception) when (exception is SqliteException or FormatException or OverflowException)
        {
            throw new HistoryStoreException("Could not " + what + " from the history store: " + exception.Message + " File=" + Path, exception);
        }
    }

    /// <summary>
    /// Runs a write transaction, trying it again while another writer keeps the store busy. The connection is closed at
    /// the end, unless <paramref name="handOverConnection"/> says that what <paramref name="write"/> returns owns it now.
    /// </summary>
    private T Write<T>(string what, Func<SqliteConnection, T> write, bool handOverConnection = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            SqliteConnection? connection = null;
            try
            {
                connection = Connect(SqliteOpenMode.ReadWrite);
                var written = write(connection);
                if (handOverConnection)
                {
                    connection = null;
                }

                return written;
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteCodes.Busy or SqliteCodes.Locked && attempt < _options.Attempts)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(100 * attempt));
            }
            catch (SqliteException exception)
            {
                throw Failed(what, exception);
            }
            finally
            {
                connection?.Dispose();
            }
        }
    }

    /// <summary>What recording a run is called in the store's messages.</summary>
    internal const string Recording = "record the run";

    /// <summary>The test hook of <see cref="HistoryStoreOptions.BeforeCommit"/>, for <see cref="RunRecording.Commit(Action)"/>.</summary>
    internal Action? BeforeCommit => _options.BeforeCommit;

    /// <summary>A write that SQLite refused, as the store reports it.</summary>
    internal HistoryStoreException Failed(string what, SqliteException exception) =>
        new("Could not " + what + " in the history store: " + exception.Message + " File=" + Path, exception);

    private SqliteConnection Connect(SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = _file,
            Mode = mode,
            // One connection per operation, closed at its end: no pooled handle keeps the file open after a command.
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(_options.BusyTimeout.TotalSeconds),
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, null, "PRAGMA busy_timeout = " + ((long)_options.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + ";");
            if (mode != SqliteOpenMode.ReadOnly)
            {
                Execute(connection, null, "PRAGMA foreign_keys = ON;");
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    internal static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static InvalidInputException Refused(string problem, string path, Exception? innerException = null) =>
        InvalidInputException.At(problem, new SourceLocation(path), innerException);
}
