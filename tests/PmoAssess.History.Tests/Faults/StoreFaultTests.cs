using PmoAssess.History;

namespace PmoAssess.Tests.History.Faults;

/// <summary>
/// Files the store must refuse, each with a message naming the file, and never write to: random bytes, a damaged
/// database, another program's SQLite database, a folder; and no file at all where one must exist.
/// </summary>
public sealed class StoreFaultTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(5000)]
    [InlineData(40)]
    public void Open_RandomBytes_IsRefusedAsNotSqliteAndLeftUntouched(int length)
    {
        var path = _folder.Combine("history.db");
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        var problem = Should.Throw<InvalidInputException>(() => HistoryStore.Open(path));

        problem.Message.ShouldBe("The history store is not a SQLite database: the file is damaged, or belongs to another program. It was left untouched. File=" + path);
        File.ReadAllBytes(path).ShouldBe(bytes);
        Directory.GetFiles(_folder.Path).ShouldBe([path], "no journal, WAL or shared-memory file is left beside it");
    }

    [Fact]
    public void Open_SqliteHeaderFollowedByGarbage_IsRefusedAsDamagedAndLeftUntouched()
    {
        var path = _folder.Combine("history.db");
        var bytes = new byte[8192];
        new Random(7).NextBytes(bytes);
        "SQLite format 3\0"u8.CopyTo(bytes);
        File.WriteAllBytes(path, bytes);

        var problem = Should.Throw<InvalidInputException>(() => HistoryStore.Open(path));

        problem.Message.ShouldStartWith("The history store ");
        problem.Message.ShouldEndWith("File=" + path);
        File.ReadAllBytes(path).ShouldBe(bytes);
    }

    [Fact]
    public void Open_StoreWithDamagedPages_IsRefusedAsDamaged()
    {
        var path = _folder.Combine("history.db");
        HistoryStore.Open(path).Record(Runs.Run());
        var bytes = File.ReadAllBytes(path);
        // Page 2 onwards (the tables' pages) overwritten; the header on page 1 still says SQLite.
        new Random(3).NextBytes(bytes.AsSpan(4096, bytes.Length - 4096));
        File.WriteAllBytes(path, bytes);

        var problem = Should.Throw<Exception>(() => HistoryStore.Open(path).Find(1));

        problem.ShouldBeOfType<HistoryStoreException>().Message.ShouldEndWith("File=" + path);
        File.ReadAllBytes(path).ShouldBe(bytes);
    }

    [Fact]
    public void Open_ForeignSqliteDatabase_IsRefusedAndLeftUntouched()
    {
        var path = _folder.Combine("history.db");
        Sql.Execute(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5);");
        var before = File.ReadAllBytes(path);

        var problem = Should.Throw<InvalidInputException>(() => HistoryStore.Open(path));

        problem.Message.ShouldBe("The history store is a SQLite database, but not a PmoAssess history store (application_id 0, user_version 0, 1 tables and indexes). It was left untouched. File=" + path);
        File.ReadAllBytes(path).ShouldBe(before);
        Sql.Scalar(path, "SELECT total FROM invoices").ShouldBe(12.5);
    }

    [Fact]
    public void Open_SqliteDatabaseOfAnotherApplication_IsRefused()
    {
        var path = _folder.Combine("history.db");
        Sql.Execute(path, "PRAGMA application_id = 42;");

        Should.Throw<InvalidInputException>(() => HistoryStore.Open(path)).Message.ShouldContain("not a PmoAssess history store (application_id 42,");
    }

    [Fact]
    public void Open_Folder_IsRefused()
    {
        var path = _folder.Combine("history.db");
        Directory.CreateDirectory(path);

        Should.Throw<InvalidInputException>(() => HistoryStore.Open(path)).Message.ShouldBe("The history store's path names a folder, not a file. File=" + path);
    }

    [Fact]
    public void OpenExisting_NoFile_IsRefusedAndCreatesNothing()
    {
        var path = _folder.Combine(Path.Combine(".pmoassess", "history.db"));

        var problem = Should.Throw<InvalidInputException>(() => HistoryStore.OpenExisting(path));

        problem.Message.ShouldBe("There is no history store at this path: no assessment has been recorded there yet. File=" + path);
        Directory.Exists(_folder.Combine(".pmoassess")).ShouldBeFalse();
    }
}
