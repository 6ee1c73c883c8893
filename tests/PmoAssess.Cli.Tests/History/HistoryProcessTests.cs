using Microsoft.Data.Sqlite;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.History;

/// <summary>
/// Real processes of the built CLI writing to one store: two at once both land, one made to wait for the other's lock
/// lands after it, and one killed inside its write transaction leaves no trace. The kill is made deterministic by the
/// hidden pause PMOASSESS_TEST_HISTORY_PAUSE: the writer stops inside its transaction and says so through a file.
/// </summary>
public sealed class HistoryProcessTests : IDisposable
{
    private static readonly string Contoso = RepositoryRoot.Combine("samples", "contoso");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Store => _folder.Combine("history.db");

    private CliProcess Assess(string name, string asOf = "2026-09-30", IReadOnlyDictionary<string, string>? environment = null) =>
        CliProcess.Start(["assess", Contoso, "--as-of", asOf, "--format", "md", "--out", _folder.Combine(name), "--history", Store, "--verbose"], environment);

    [Fact]
    public async Task TwoWriters_AtOnce_BothLand()
    {
        using var first = Assess("first", "2026-06-30");
        using var second = Assess("second", "2026-09-30");

        var runs = await Task.WhenAll(first.WaitAsync(), second.WaitAsync());

        runs.ShouldAllBe(run => run.ExitCode == 0, string.Join("\n", runs.Select(run => run.ToString())));
        runs.Select(run => run.Output).ShouldAllBe(output => output.Contains("Recorded run "));
        AsOfDates().ShouldBe(["2026-06-30", "2026-09-30"], ignoreOrder: true);
        Integrity().ShouldBe("ok");
    }

    [Fact]
    public async Task SecondWriter_WhileTheFirstHoldsTheLock_WaitsThenBothLand()
    {
        var pause = _folder.Combine("first.paused");
        using var first = Assess("first", "2026-06-30", new Dictionary<string, string> { ["PMOASSESS_TEST_HISTORY_PAUSE"] = pause });
        await first.WaitUntilAsync(() => File.Exists(pause), "the first writer paused inside its transaction");

        using var second = Assess("second", "2026-09-30");
        await second.WaitUntilAsync(() => second.Error.Contains("Recording the run in history store", StringComparison.Ordinal), "the second writer began to record");
        await Task.Delay(TimeSpan.FromSeconds(1));
        second.HasExited.ShouldBeFalse("the second writer waits for the first's lock");
        File.Delete(pause);

        var runs = await Task.WhenAll(first.WaitAsync(), second.WaitAsync());

        runs.ShouldAllBe(run => run.ExitCode == 0, string.Join("\n", runs.Select(run => run.ToString())));
        runs[0].Output.ShouldContain("Recorded run 1 in ");
        runs[1].Output.ShouldContain("Recorded run 2 in ");
        AsOfDates().ShouldBe(["2026-06-30", "2026-09-30"]);
    }

    [Fact]
    public async Task Writer_KilledInsideItsTransaction_LeavesNoRecordAndTheStoreWorksOn()
    {
        (await Assess("before", "2026-06-30").WaitAsync()).ExitCode.ShouldBe(0);
        var pause = _folder.Combine("killed.paused");
        using var killed = Assess("killed", "2026-09-30", new Dictionary<string, string> { ["PMOASSESS_TEST_HISTORY_PAUSE"] = pause });
        await killed.WaitUntilAsync(() => File.Exists(pause), "the writer paused inside its transaction");

        await killed.KillAsync();

        AsOfDates().ShouldBe(["2026-06-30"], "the killed run's rows were never committed");
        Integrity().ShouldBe("ok");
        Count("finding").ShouldBe(Count("finding", runId: 1), "no finding of the killed run is left");
        var after = await Assess("after", "2026-12-31").WaitAsync();
        after.ExitCode.ShouldBe(0, after.ToString());
        after.Output.ShouldContain("Recorded run 2 in ");
        File.ReadAllText(_folder.Combine(Path.Combine("after", "report.md"))).ShouldContain("Compared with run 1, as of 2026-06-30");
    }

    private List<string> AsOfDates() => Query("SELECT as_of FROM run ORDER BY id", reader => reader.GetString(0));

    private string Integrity() => Query("PRAGMA integrity_check", reader => reader.GetString(0)).Single();

    private long Count(string table, long? runId = null) =>
        Query("SELECT count(*) FROM " + table + (runId is null ? string.Empty : " WHERE run_id = " + runId), reader => reader.GetInt64(0)).Single();

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection("Data Source=" + Store + ";Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
