using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PmoAssess.History;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.History;

/// <summary>
/// <c>assess</c> with history, in-process: the run recorded and compared with the last one in the report, the default
/// store in the assessed folder, <c>--no-history</c>, and damaged or foreign stores refused (exit 3) before any rule runs.
/// </summary>
public sealed class HistoryAssessTests : IDisposable
{
    private static readonly string Contoso = RepositoryRoot.Combine("samples", "contoso");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Store => _folder.Combine("history.db");

    private Task<CliRun> Assess(string asOf, string output, params string[] options) =>
        CliRun.InvokeAsync(["assess", Contoso, "--as-of", asOf, "--out", _folder.Combine(output), "--history", Store, .. options]);

    /// <summary>Runs SQL on the store, as another program would; the first column of the first row it returns.</summary>
    private object? Sql(string sql)
    {
        using var connection = new SqliteConnection("Data Source=" + Store + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Fact]
    public async Task Assess_TwiceWithAStore_RecordsBothAndTheSecondReportComparesWithTheFirst()
    {
        var first = await Assess("2026-06-30", "june");
        var second = await Assess("2026-09-30", "september", "--format", "md,html");

        first.ExitCode.ShouldBe(0, first.ToString());
        first.Output.ShouldEndWith("Recorded run 1 in " + Store + "\n");
        second.Output.ShouldEndWith("Recorded run 2 in " + Store + "\n");
        File.ReadAllText(_folder.Combine(Path.Combine("june", "report.md")))
            .ShouldContain("## Since the last assessment\n\nThis is the earliest assessment of **contoso** in its history (run 1)");
        var report = File.ReadAllText(_folder.Combine(Path.Combine("september", "report.md")));
        report.ShouldContain("## Since the last assessment\n\nCompared with run 1, as of 2026-06-30 (recorded 2026-10-15 09:30 UTC): ");
        report.ShouldContain("| Transparency | 0 | 1 | up 1 |");
        report.ShouldContain("### New findings");
        report.ShouldContain("| RSK-103 | Risk RSK-028 of project PRJ-012 Data Centre Exit | High |");
        // PRJ-001's last status report (2026-09-25) was 87 days after June's date, and is not after September's: resolved,
        // with the message the first run recorded (DQ-107's template in rulesets/data-quality, filled in by hand).
        report.ShouldContain("### Resolved findings");
        report.ShouldContain("| DQ-107 | Project PRJ-001 Customer Portal Replatform | Low | Customer Portal Replatform's last status report is dated 87 days after the assessment date. |");
        report.ShouldContain("    x-axis [\"2026-06-30\", \"2026-09-30\"]");
        File.ReadAllText(_folder.Combine(Path.Combine("september", "report.html"))).ShouldContain("class=\"trend-chart\"");
    }

    [Fact]
    public async Task Assess_RecordingFailsAtItsCommit_WarnsAndItsOutputsDoNotNameTheRun()
    {
        // The run is given its id before its outputs are written, and its rows are written beside them: a commit that then
        // fails must not leave outputs naming a run the store does not have.
        var failing = new HistoryStoreOptions { BeforeCommit = () => throw new SqliteException("disk I/O error", 10) };

        var run = await CliRun.InvokeWithServicesAsync(
            ["assess", Contoso, "--as-of", "2026-09-30", "--out", _folder.Combine("out"), "--history", Store, "--format", "md,json"],
            services => services.AddSingleton(failing));

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldContain("warning: the run was not recorded in the history store: Could not record the run in the history store: disk I/O error");
        run.Output.ShouldNotContain("Recorded run");
        File.ReadAllText(_folder.Combine(Path.Combine("out", "report.md")))
            .ShouldContain("## Since the last assessment\n\nThis is the earliest assessment of **contoso** in its history: the next one will show what changed since.");
        Directory.GetFiles(_folder.Combine("out")).Select(Path.GetFileName).Order().ShouldBe(["findings.json", "report.md"]);
        HistoryStore.Open(Store).Runs().ShouldBeEmpty();
    }

    [Fact]
    public async Task Assess_StoreLockNotHadInTime_WarnsAndTheRunStands()
    {
        // A store holding a run of another engagement, so there is one to hold the lock of.
        var other = _folder.Write("other.json", """{ "portfolios": [], "projects": [] }""");
        (await CliRun.InvokeAsync(["assess", other, "--as-of", "2026-09-30", "--out", _folder.Combine("other"), "--history", Store])).ExitCode.ShouldBe(0);
        using var holder = new SqliteConnection("Data Source=" + Store + ";Pooling=False");
        holder.Open();
        using var held = holder.BeginTransaction(deferred: false);
        var impatient = new HistoryStoreOptions { BusyTimeout = TimeSpan.FromMilliseconds(50), Attempts = 1 };

        var run = await CliRun.InvokeWithServicesAsync(
            ["assess", Contoso, "--as-of", "2026-09-30", "--out", _folder.Combine("out"), "--history", Store, "--fail-on", "high"],
            services => services.AddSingleton(impatient));

        run.ExitCode.ShouldBe(1, "the gate's verdict stands: " + run);
        run.Error.ShouldContain("warning: the run was not recorded in the history store: Could not record the run in the history store:");
        run.Output.ShouldNotContain("Recorded run");
        File.ReadAllText(_folder.Combine(Path.Combine("out", "report.md")))
            .ShouldContain("This is the earliest assessment of **contoso** in its history: the next one will show what changed since.");
        held.Rollback();
        HistoryStore.Open(Store).Runs("contoso").ShouldBeEmpty();
    }

    [Fact]
    public async Task Assess_GateFails_IsRecordedWithItsVerdictAndStillExitsOne()
    {
        var run = await Assess("2026-09-30", "out", "--fail-on", "high");

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Output.ShouldContain("Recorded run 1 in ");
        var list = await CliRun.InvokeAsync(["history", "list", "--history", Store]);
        list.Output.Split('\n')[1].ShouldEndWith("failed");
    }

    [Fact]
    public async Task Assess_WithWaivedFindings_RecordsTheKeysOfTheFindingsItRecords()
    {
        // The run's keys are worked out from the policy's verdict while the last run is read, not from the record: they must
        // still be the keys of what is recorded, waived findings included, or a later run would be told nothing moved.
        var run = await Assess("2026-09-30", "out", "--policy", RepositoryRoot.Combine("samples", "ci", "pmoassess.yaml"));

        run.Output.ShouldContain("Recorded run 1 in ");
        var recorded = HistoryStore.OpenExisting(Store).Find(1).ShouldNotBeNull();
        recorded.Findings.ShouldContain(finding => finding.State == Reporting.Model.FindingState.Waived);
        recorded.FindingKeysSha256.ShouldBe(FindingKeys.Sha256(recorded.Findings));
    }

    [Fact]
    public async Task Assess_ByDefault_RecordsInTheAssessedFolderAndNotWithNoHistory()
    {
        var data = CopyOfContoso();

        var recorded = await CliRun.InvokeWithDefaultHistoryAsync(["assess", data, "--as-of", "2026-09-30", "--out", _folder.Combine("a")]);
        var notRecorded = await CliRun.InvokeWithDefaultHistoryAsync(["assess", data, "--as-of", "2026-09-30", "--out", _folder.Combine("b"), "--no-history"]);

        recorded.ExitCode.ShouldBe(0, recorded.ToString());
        var store = Path.Combine(data, ".pmoassess", "history.db");
        recorded.Output.ShouldContain("Recorded run 1 in " + store);
        notRecorded.Output.ShouldNotContain("Recorded");
        File.ReadAllText(_folder.Combine(Path.Combine("b", "report.md"))).ShouldNotContain("Since the last assessment");
        (await CliRun.InvokeAsync(["history", "list", "--input", data, "--json"])).Output.ShouldContain("\"id\": 1,");
        (await CliRun.InvokeAsync(["history", "list", "--input", data, "--json"])).Output.ShouldNotContain("\"id\": 2,");
    }

    [Fact]
    public async Task Assess_DocumentInput_DefaultStoreIsBesideIt()
    {
        var document = _folder.Write(Path.Combine("engagement", "portfolio.json"), """{ "portfolios": [], "projects": [] }""");

        var run = await CliRun.InvokeWithDefaultHistoryAsync(["assess", document, "--as-of", "2026-09-30", "--out", _folder.Combine("out")]);

        run.ExitCode.ShouldBe(0, run.ToString());
        File.Exists(_folder.Combine(Path.Combine("engagement", ".pmoassess", "history.db"))).ShouldBeTrue(run.ToString());
    }

    [Fact]
    public async Task Assess_MissingInput_CreatesNoStore()
    {
        var run = await CliRun.InvokeWithDefaultHistoryAsync(["assess", _folder.Combine("no-such-export"), "--out", _folder.Combine("out")]);

        run.ExitCode.ShouldBe(3, run.ToString());
        Directory.GetDirectories(_folder.Path, ".pmoassess", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("projects.csv", "id,name,stage,baseline_start\nPRJ-001,Alpha,execution,31/12/2026\n")]
    public async Task Assess_DataThatDoesNotRead_ExitsThreeAndLeavesNoStoreInTheFolder(string? file, string? text)
    {
        var export = _folder.Combine("export");
        Directory.CreateDirectory(export);
        if (file is not null)
        {
            _folder.Write(Path.Combine("export", file), text!);
        }

        var run = await CliRun.InvokeWithDefaultHistoryAsync(["assess", export, "--as-of", "2026-09-30", "--out", _folder.Combine("out")]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain(file ?? "projects.csv");
        Directory.GetDirectories(_folder.Path, ".pmoassess", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task Assess_PolicyNamingTheEngagement_TitlesTheReportAndRecordsTheRunUnderThatName()
    {
        var policy = _folder.Write("pmoassess.yaml", "engagement: Contoso Retail Ltd\n");

        var run = await Assess("2026-09-30", "named", "--policy", policy);

        run.ExitCode.ShouldBe(0, run.ToString());
        File.ReadAllText(_folder.Combine(Path.Combine("named", "report.md"))).ShouldStartWith("# PMO assessment: Contoso Retail Ltd\n");
        Sql("SELECT engagement FROM run").ShouldBe("Contoso Retail Ltd");
    }

    [Fact]
    public async Task Assess_AnEarlierDateAfterLaterOnes_IsComparedWithTheLatestRunNotAfterItsDate()
    {
        (await Assess("2026-06-30", "june")).ExitCode.ShouldBe(0);
        (await Assess("2026-10-31", "october")).ExitCode.ShouldBe(0);
        (await Assess("2026-09-30", "september")).ExitCode.ShouldBe(0);
        (await Assess("2026-03-31", "march")).ExitCode.ShouldBe(0);

        // Run 3, as of September, recorded after October's: compared with June's run, October's is its future.
        var september = File.ReadAllText(_folder.Combine(Path.Combine("september", "report.md")));
        september.ShouldContain("Compared with run 1, as of 2026-06-30 ");
        september.ShouldContain("    x-axis [\"2026-06-30\", \"2026-09-30\"]");
        File.ReadAllText(_folder.Combine(Path.Combine("march", "report.md")))
            .ShouldContain("## Since the last assessment\n\nThis is the earliest assessment of **contoso** in its history (run 4)");
    }

    [Fact]
    public async Task Assess_RandomBytesAsTheStore_ExitsThreeBeforeAnyRuleRunsAndLeavesTheFile()
    {
        var bytes = new byte[4096];
        new Random(9).NextBytes(bytes);
        File.WriteAllBytes(Store, bytes);

        var run = await Assess("2026-09-30", "out", "--verbose");

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("error: The history store is not a SQLite database: the file is damaged, or belongs to another program. It was left untouched. File=" + Store);
        run.Error.ShouldNotContain("Loaded ruleset", customMessage: "the store is checked with the configuration, before rules load");
        run.Error.ShouldNotContain("Assessed ");
        Directory.Exists(_folder.Combine("out")).ShouldBeFalse();
        File.ReadAllBytes(Store).ShouldBe(bytes);
    }

    [Fact]
    public async Task Assess_ForeignSqliteDatabaseAsTheStore_ExitsThreeAndLeavesItUntouched()
    {
        Sql("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');");

        var before = File.ReadAllBytes(Store);

        var run = await Assess("2026-09-30", "out");

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("is a SQLite database, but not a PmoAssess history store");
        run.Error.ShouldContain("File=" + Store);
        File.ReadAllBytes(Store).ShouldBe(before);
    }

    [Fact]
    public async Task Assess_StoreWhosePagesAreDamaged_ExitsThreeBeforeAnyRuleRuns()
    {
        (await Assess("2026-06-30", "june")).ExitCode.ShouldBe(0);
        var bytes = File.ReadAllBytes(Store);
        new Random(5).NextBytes(bytes.AsSpan(4096));
        File.WriteAllBytes(Store, bytes);

        var run = await Assess("2026-09-30", "september", "--verbose");

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("error: The history store ");
        run.Error.ShouldContain("File=" + Store);
        run.Error.ShouldNotContain("Loaded ruleset");
        File.ReadAllBytes(Store).ShouldBe(bytes);
    }

    [Fact]
    public async Task Assess_TwiceOnTheSameData_TheLastRunsFindingsAreKnownUnchangedByTheirKeysWithoutBeingRead()
    {
        (await Assess("2026-09-30", "first")).ExitCode.ShouldBe(0);
        // A finding of the first run made unreadable: the second run would stop on it (exit 3) if it read it.
        Sql("UPDATE finding SET severity = 'severe' WHERE run_id = 1 AND position = 0;");

        var second = await Assess("2026-09-30", "second");

        second.ExitCode.ShouldBe(0, second.ToString());
        var report = File.ReadAllText(_folder.Combine(Path.Combine("second", "report.md")));
        report.ShouldContain("Compared with run 1, as of 2026-09-30");
        report.ShouldContain("No finding is new.");
        report.ShouldContain("No finding was resolved.");
        Sql("SELECT count(DISTINCT finding_keys_sha256) || ' ' || count(finding_keys_sha256) FROM run;").ShouldBe("1 2");
    }

    [Theory]
    [InlineData("md,html")]
    [InlineData("json,junit,sarif")]
    public async Task Assess_LastRunsFindingsUnreadable_ExitsThreeOnceTheRulesHaveRunAndWritesNothing(string formats)
    {
        // The last run's findings are read after the assessment (held through it, they raised a large run's peak), so a
        // damaged one is met then: still refused, with nothing written and nothing recorded.
        (await Assess("2026-06-30", "june")).ExitCode.ShouldBe(0);
        Sql("UPDATE finding SET severity = 'severe' WHERE position = (SELECT min(position) FROM finding); SELECT changes();").ShouldBe(1L);

        // Outputs that do not show the comparison are written while the last run is read: they are not kept either.
        var run = await Assess("2026-09-30", "september", "--format", formats);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("error: The history store is damaged or unreadable: ");
        run.Error.ShouldContain("'severe' is not a Severity this PmoAssess knows.");
        Directory.Exists(_folder.Combine("september")).ShouldBeFalse();
        (await CliRun.InvokeAsync(["history", "list", "--history", Store])).Output.ShouldNotContain("2026-09-30");
    }

    [Theory]
    [InlineData(new[] { "--history", "x.db", "--no-history" }, "--history and --no-history cannot be given together.")]
    [InlineData(new[] { "--history", "." }, "--history names a folder, not a file: .")]
    public async Task Assess_BadHistoryOptions_ExitTwo(string[] options, string expected)
    {
        var run = await CliRun.InvokeAsync(["assess", Contoso, "--out", _folder.Combine("out"), .. options]);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain(expected);
    }

    private string CopyOfContoso()
    {
        var copy = _folder.Combine("contoso");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(Contoso, "*.csv"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }
}
