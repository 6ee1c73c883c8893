using System.Text.Json;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.History;

/// <summary><c>history list|show|compare|prune</c> over a store holding three real runs of the Contoso sample.</summary>
public sealed class HistoryCommandTests : IClassFixture<HistoryCommandTests.ThreeRuns>
{
    private readonly ThreeRuns _runs;

    public HistoryCommandTests(ThreeRuns runs) => _runs = runs;

    private string Store => _runs.Store;

    [Fact]
    public async Task List_ShowsEveryRunOldestFirst()
    {
        var run = await CliRun.InvokeAsync(["history", "list", "--history", Store]);

        run.ExitCode.ShouldBe(0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("ID  RECORDED (UTC)    AS OF       ENGAGEMENT  METHODOLOGY          OVERALL  FINDINGS  GATE");
        lines.Skip(1).Select(line => line[..2].Trim()).ShouldBe(["1", "2", "3"]);
        lines[1].ShouldContain("2026-10-15 09:30  2026-06-30  contoso     pmo-functions 1.0.0");
    }

    [Fact]
    public async Task List_Json_IsTheRunsWithTheirIds()
    {
        var run = await CliRun.InvokeAsync(["history", "list", "--history", Store, "--json"]);

        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.EnumerateArray().Select(element => element.GetProperty("id").GetInt64()).ShouldBe([1L, 2L, 3L]);
        json.RootElement[2].GetProperty("asOf").GetString().ShouldBe("2026-09-30");
        json.RootElement[2].GetProperty("methodologyId").GetString().ShouldBe("pmo-functions");
        json.RootElement[2].GetProperty("gatePassed").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Show_PrintsTheRunsInputsWithHashesLevelsRulesAndFindings()
    {
        var run = await CliRun.InvokeAsync(["history", "show", "2", "--history", Store]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldStartWith("Run 2 of contoso\nRecorded:    2026-10-15 09:30 UTC\nAs of:       2026-09-30\n");
        run.Output.ShouldContain("projects.csv     34       " + Sha256(RepositoryRoot.Combine("samples", "contoso", "projects.csv")));
        run.Output.ShouldContain("plugin pmoassess.governance ");
        run.Output.ShouldContain("\nLevels:\nCATEGORY          LEVEL         TARGET\nGovernance        1");
        run.Output.ShouldMatch(@"\nGOV-001 +Project PRJ-015 +high +open +The project has no sponsor\.\n");
    }

    [Fact]
    public async Task Show_Json_IsTheWholeRecord()
    {
        var run = await CliRun.InvokeAsync(["history", "show", "3", "--history", Store, "--json"]);

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        root.GetProperty("id").GetInt64().ShouldBe(3);
        root.GetProperty("sources").EnumerateArray().Select(source => source.GetProperty("file").GetString()).ShouldContain("projects.csv");
        root.GetProperty("categories").GetArrayLength().ShouldBe(5);
        root.GetProperty("rules").GetArrayLength().ShouldBe(BuiltInRuleCount.Value);
        root.GetProperty("findings")[0].GetProperty("state").GetString().ShouldBe("open");
    }

    [Fact]
    public async Task Compare_PrintsLevelsCoverageAndNewAndResolvedFindings()
    {
        var run = await CliRun.InvokeAsync(["history", "compare", "1", "3", "--history", Store]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldStartWith("From run 1 (contoso, as of 2026-06-30, recorded 2026-10-15 09:30 UTC) to run 3 (contoso, as of 2026-09-30, recorded 2026-10-15 09:30 UTC).\nRegressions: ");
        run.Output.ShouldContain("\nTransparency      0             1             up 1\n");
        // 13 of 14 (92.86%) and 20 of 28 (71.43%), rounded down as every share is shown.
        run.Output.ShouldContain("\nTRN-001  92.8%   71.4%   down (regression)  Status reports are no older than 30 days\n");
        run.Output.ShouldContain("\nNew findings:\nRULE     SUBJECT           SEVERITY  STATE  MESSAGE\nRSK-103  Risk RSK-028      high      open   ");
        run.Output.ShouldContain("\nResolved findings:\n");
    }

    [Fact]
    public async Task Compare_SameRunTwice_ShowsNothingMoved()
    {
        var run = await CliRun.InvokeAsync(["history", "compare", "2", "3", "--history", Store, "--json"]);

        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("newFindings").GetArrayLength().ShouldBe(0);
        json.RootElement.GetProperty("resolvedFindings").GetArrayLength().ShouldBe(0);
        json.RootElement.GetProperty("levels").EnumerateArray().ShouldAllBe(level => level.GetProperty("before").ValueKind == level.GetProperty("after").ValueKind);
        json.RootElement.GetProperty("previous").GetProperty("id").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task Show_UnknownRun_ExitsTwoNamingTheRunsThereAre()
    {
        var run = await CliRun.InvokeAsync(["history", "show", "7", "--history", Store]);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldBe("There is no run 7 in the history store (runs 1-3). File=" + Store + "\n");
    }

    [Fact]
    public async Task List_NoStore_ExitsThreeAndCreatesNone()
    {
        using var empty = new TempFolder();

        var run = await CliRun.InvokeAsync(["history", "list", "--input", empty.Path]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("There is no history store at this path: no assessment has been recorded there yet. File=" + Path.Combine(empty.Path, ".pmoassess", "history.db"));
        Directory.Exists(Path.Combine(empty.Path, ".pmoassess")).ShouldBeFalse();
    }

    [Fact]
    public async Task Prune_KeepsTheLatestRuns()
    {
        using var scratch = new TempFolder();
        var copy = scratch.Combine("history.db");
        File.Copy(Store, copy);

        var run = await CliRun.InvokeAsync(["history", "prune", "--keep", "1", "--history", copy]);
        var json = await CliRun.InvokeAsync(["history", "prune", "--keep", "1", "--history", copy, "--json"]);
        var list = await CliRun.InvokeAsync(["history", "list", "--history", copy]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldBe("Pruned 2 runs; 1 remains in " + copy + "\n");
        json.Output.ShouldContain("\"pruned\": 0,");
        list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ShouldHaveSingleItem().ShouldStartWith("3 ");
    }

    [Theory]
    [InlineData(new[] { "history", "prune", "--keep", "0" }, "--keep must be 1 or more")]
    [InlineData(new[] { "history", "show", "one" }, "one")]
    [InlineData(new[] { "history", "list", "--history", "a.db", "--input", "." }, "--history and --input cannot be given together")]
    public async Task BadCommandLine_ExitsTwo(string[] args, string expected)
    {
        var run = await CliRun.InvokeAsync(args);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain(expected);
    }

    private static string Sha256(string file) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));

    /// <summary>A store with three runs of the Contoso sample: as of June, then September twice.</summary>
    public sealed class ThreeRuns : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder _folder = new();

        public string Store => _folder.Combine("history.db");

        public async Task InitializeAsync()
        {
            foreach (var asOf in new[] { "2026-06-30", "2026-09-30", "2026-09-30" })
            {
                var run = await CliRun.InvokeAsync(["assess", RepositoryRoot.Combine("samples", "contoso"), "--as-of", asOf, "--format", "md", "--out", _folder.Combine("out"), "--history", Store]);
                run.ExitCode.ShouldBe(0, run.ToString());
            }
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _folder.Dispose();
    }
}
