using Microsoft.Data.Sqlite;
using PmoAssess.History;
using PmoAssess.History.Schema;
using PmoAssess.Reporting.Model;

namespace PmoAssess.Tests.History.Schema;

/// <summary>A store written by the previous schema version is migrated when opened, keeping every run.</summary>
public sealed class MigrationTests : IDisposable
{
    private static readonly string VersionOne = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "v1.sql"));

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Open_VersionOneStore_MigratesToTheCurrentVersionKeepingItsRuns()
    {
        var path = VersionOneStore();

        var store = HistoryStore.Open(path);

        Sql.Scalar(path, "PRAGMA user_version").ShouldBe(3L);
        Sql.Scalar(path, "SELECT count(*) FROM pragma_table_info('run') WHERE name IN ('gate_passed', 'finding_keys_sha256')").ShouldBe(2L);
        var run = store.Find(1).ShouldNotBeNull();
        run.GatePassed.ShouldBeNull("version 1 did not record the gate");
        run.FindingKeysSha256.ShouldBeNull("version 1 did not record the finding keys");
        run.Engagement.ShouldBe("contoso");
        run.Categories.Select(category => (category.Id, category.Level)).ShouldBe([("governance", 1), ("transparency", 0)]);
        run.Findings.Select(finding => (finding.SubjectId, finding.State)).ShouldBe([("PRJ-015", FindingState.Open), ("PRJ-021", FindingState.Waived)]);
        run.Sources.ShouldHaveSingleItem().Sha256.ShouldStartWith("d3fe07d8");
    }

    [Fact]
    public void Open_VersionOneStore_RecordsNewRunsWithTheirGateAfterTheOldOnes()
    {
        var path = VersionOneStore();
        var store = HistoryStore.Open(path);

        var id = store.Record(Runs.Run(gatePassed: false));

        id.ShouldBe(2);
        store.Runs().Select(run => run.GatePassed).ShouldBe([null, false]);
        HistoryComparer.Compare(store.Find(1), store.Find(2)!).Levels.Single(level => level.CategoryId == "governance").Change.ShouldBe(0);
    }

    [Fact]
    public void VersionOneOfTheTests_IsTheCodesFirstMigration()
    {
        // A released migration never changes: the frozen copy and the code's first migration build the same schema.
        var frozen = VersionOneStore();
        var fromCode = _folder.Combine("from-code.db");
        Sql.Execute(fromCode, StoreSchema.Migrations[0].Sql);

        Schema(fromCode).ShouldBe(Schema(frozen));
    }

    [Fact]
    public void Open_NewerSchema_IsRefusedAndLeftUntouched()
    {
        var path = VersionOneStore();
        Sql.Execute(path, "PRAGMA user_version = 4;");
        var before = File.ReadAllBytes(path);

        var problem = Should.Throw<InvalidInputException>(() => HistoryStore.Open(path));

        problem.Message.ShouldContain("schema version 4, newer than this PmoAssess understands (3)");
        problem.Message.ShouldEndWith("File=" + path);
        File.ReadAllBytes(path).ShouldBe(before);
    }

    [Fact]
    public void Open_ByFourOpenersAtOnce_MigratesOnce()
    {
        var path = VersionOneStore();

        Parallel.For(0, 4, _ => HistoryStore.Open(path));

        HistoryStore.Open(path).Runs().ShouldHaveSingleItem();
        Sql.Scalar(path, "PRAGMA user_version").ShouldBe(3L);
    }

    private string VersionOneStore()
    {
        var path = _folder.Combine("v1-" + Path.GetRandomFileName() + ".db");
        Sql.Execute(path, VersionOne);
        return path;
    }

    private static List<string> Schema(string path)
    {
        using var connection = Sql.Open(path, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type || ' ' || name || ': ' || sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name";
        using var reader = command.ExecuteReader();
        var schema = new List<string>();
        while (reader.Read())
        {
            schema.Add(string.Join(' ', reader.GetString(0).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
        }

        return schema;
    }
}
