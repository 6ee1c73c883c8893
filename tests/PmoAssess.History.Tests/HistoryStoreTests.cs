using System.Globalization;
using System.Text.Json;
using PmoAssess.Facts;
using PmoAssess.History;
using PmoAssess.Reporting.Model;
using static PmoAssess.Tests.History.Runs;

namespace PmoAssess.Tests.History;

/// <summary>The store on real SQLite files: created at the current schema, runs recorded whole, read back, pruned.</summary>
public sealed class HistoryStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Open_NoFile_MakesNothingUntilTheFirstRunIsRecorded()
    {
        var folder = _folder.Combine("engagement");
        var path = Path.Combine(folder, ".pmoassess", "history.db");

        var store = HistoryStore.Open(path);

        store.Path.ShouldBe(path);
        store.Runs().ShouldBeEmpty();
        store.RecentLevels("contoso", 10, new DateOnly(2026, 9, 30)).ShouldBeEmpty();
        store.Find(1).ShouldBeNull();
        store.Prune(keep: 1).ShouldBe(0);
        Directory.Exists(folder).ShouldBeFalse("an assessment that fails before it is recorded leaves nothing in the client's folder");
    }

    [Fact]
    public void Record_InAStoreNotThereWhenOpened_MakesTheFolderAndAStoreAtTheCurrentVersionInWalMode()
    {
        var path = _folder.Combine(Path.Combine("engagement", ".pmoassess", "history.db"));
        var store = HistoryStore.Open(path);

        var id = store.Record(Run());

        File.Exists(path).ShouldBeTrue();
        Sql.Scalar(path, "PRAGMA user_version").ShouldBe(3L);
        Sql.Scalar(path, "PRAGMA application_id").ShouldBe(0x504D4F41L);
        Sql.Scalar(path, "PRAGMA journal_mode").ShouldBe("wal");
        store.Runs().ShouldHaveSingleItem().Id.ShouldBe(id);
    }

    [Fact]
    public void Record_InAStoreAnotherProgramPutThereMeanwhile_IsRefusedAsAStoreFailureAndLeavesItUntouched()
    {
        var path = _folder.Combine("history.db");
        var store = HistoryStore.Open(path);
        Sql.Execute(path, "PRAGMA application_id = 42; CREATE TABLE theirs (x);");
        var before = File.ReadAllBytes(path);

        var problem = Should.Throw<HistoryStoreException>(() => store.Record(Run()));

        problem.Message.ShouldContain("not a PmoAssess history store (application_id 42,");
        File.ReadAllBytes(path).SequenceEqual(before).ShouldBeTrue("the file is left as it was");
    }

    [Fact]
    public void Open_EmptyFile_BecomesAStore()
    {
        var path = _folder.Write("history.db", string.Empty);

        HistoryStore.Open(path).Runs().ShouldBeEmpty();

        Sql.Scalar(path, "PRAGMA user_version").ShouldBe(3L);
    }

    [Fact]
    public void Record_ThenFind_ReadsBackEverythingRecorded()
    {
        var store = HistoryStore.Open(_folder.Combine("history.db"));
        var run = Run(findings:
        [
            Finding("GOV-001", "PRJ-001"),
            Finding("RSK-001", "RSK-006", Outcomes.Severity.Medium, EntityKind.Risk, FindingState.Waived, "Zoë's risk has no owner; \"quoted\"."),
            Finding("GOV-108", "PF-1", kind: EntityKind.Portfolio) with { ProjectId = null, Message = null },
            Finding("GOV-002", "PRJ-003") with { Message = string.Empty }, // an empty text, not NULL
        ]) with { Overall = 1.5m };
        run = run with { Categories = [.. run.Categories, new RecordedCategory { Id = "delivery", Name = "Delivery", Level = null, Target = 2 }] };

        var id = store.Record(run);
        var read = store.Find(id).ShouldNotBeNull();

        // Compared as JSON: every property, whatever list type it is held in.
        JsonSerializer.Serialize(read).ShouldBe(JsonSerializer.Serialize(run with { Id = id, FindingKeysSha256 = FindingKeys.Sha256(run.Findings) }));
        read.Rules[0].Coverage.ShouldBe(2m / 3);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(40)]
    public void Find_RunRowCountsOtherThanItsFindings_ReadsBackEveryFindingRecorded(int counted)
    {
        // The run's row says how many findings it has, and they are read into columns of that size; a row that says
        // otherwise (edited by hand, or by a tool) must cost neither a finding nor a crash.
        var store = HistoryStore.Open(_folder.Combine("history.db"));
        var findings = Enumerable.Range(1, 20)
            .Select(number => Finding(number % 3 == 0 ? "RSK-001" : "GOV-001", "PRJ-" + number.ToString("000", CultureInfo.InvariantCulture),
                state: number % 4 == 0 ? FindingState.Baselined : FindingState.Open) with
            {
                // Messages met before are kept once; a finding may have none.
                Message = number == 5 ? null : number % 2 == 0 ? "Repeated." : "Own message " + number.ToString(CultureInfo.InvariantCulture),
            })
            .ToArray();
        var id = store.Record(Run(findings: findings));
        Sql.Execute(_folder.Combine("history.db"), "UPDATE run SET finding_count = " + counted.ToString(CultureInfo.InvariantCulture));

        store.Find(id).ShouldNotBeNull().Findings.ShouldBe(findings);
    }

    [Fact]
    public void Find_FindingNamesEdited_ReadsAnyCaseAndRefusesAnUnknownName()
    {
        var file = _folder.Combine("history.db");
        var store = HistoryStore.Open(file);
        var id = store.Record(Run(findings: [Finding("GOV-001", "PRJ-001", Outcomes.Severity.Low)]));

        Sql.Execute(file, "UPDATE finding SET severity = 'CRITICAL', subject_kind = 'Project'");
        var finding = store.Find(id).ShouldNotBeNull().Findings.ShouldHaveSingleItem();
        (finding.Severity, finding.SubjectKind).ShouldBe((Outcomes.Severity.Critical, EntityKind.Project));

        Sql.Execute(file, "UPDATE finding SET severity = 'urgent'");
        Should.Throw<HistoryStoreException>(() => store.Find(id)).Message.ShouldContain("'urgent' is not a Severity this PmoAssess knows.");
    }

    [Fact]
    public void FindToCompare_ReadsWhatFindReads_EachMessageWhenAskedFor()
    {
        var path = _folder.Combine("history.db");
        var store = HistoryStore.Open(path);
        var id = store.Record(Run(findings:
        [
            Finding("GOV-001", "PRJ-001"),
            Finding("RSK-001", "RSK-006", Outcomes.Severity.Medium, EntityKind.Risk, FindingState.Waived, "Zoë's risk has no owner; \"quoted\"."),
            Finding("GOV-108", "PF-1", kind: EntityKind.Portfolio) with { ProjectId = null, Message = null },
            Finding("GOV-002", "PRJ-003") with { Message = string.Empty },
            Finding("GOV-001", "PRJ-004", message: "Repeated."),
            Finding("GOV-001", "PRJ-005", message: "Repeated."),
        ]));

        var read = store.FindToCompare(id).ShouldNotBeNull();

        JsonSerializer.Serialize(read).ShouldBe(JsonSerializer.Serialize(store.Find(id)));
        // Read from the store when asked for, not with the rest: an edit made since shows.
        Sql.Execute(path, "UPDATE finding SET message = 'Edited.' WHERE position = 4");
        read.Findings[4].Message.ShouldBe("Edited.");
        // Several at once, in the order asked for.
        read.Findings.ShouldBeAssignableTo<KeyedFindings>().Whole([4, 1, 0, 4]).Select(finding => finding.Message)
            .ShouldBe(["Edited.", "Zoë's risk has no owner; \"quoted\".", "GOV-001 fails on PRJ-001.", "Edited."]);
        store.FindToCompare(999).ShouldBeNull();
    }

    [Fact]
    public void FindToCompare_RunWhoseFindingKeysAreKnown_ReadsItsFindingsOnlyIfAskedFor()
    {
        var path = _folder.Combine("history.db");
        var store = HistoryStore.Open(path);
        var run = Run(findings: [Finding("GOV-001", "PRJ-001"), Finding("GOV-001", "PRJ-002"), Finding("RSK-001", "RSK-006", kind: EntityKind.Risk)]);
        var id = store.Record(run);
        var keys = FindingKeys.Sha256(run.Findings);

        var same = store.FindToCompare(id, keysKnown: keys).ShouldNotBeNull();
        var other = store.FindToCompare(id, keysKnown: FindingKeys.Sha256([])).ShouldNotBeNull();
        Sql.Execute(path, "UPDATE finding SET subject_id = 'PRJ-009' WHERE position = 1");

        same.FindingKeysSha256.ShouldBe(keys, "recorded with the run");
        same.Findings.Count.ShouldBe(3);
        same.Findings[1].SubjectId.ShouldBe("PRJ-009", "read when asked for, after the edit");
        other.Findings[1].SubjectId.ShouldBe("PRJ-002", "read with the run, before the edit");
    }

    [Fact]
    public void FindToCompare_RunPrunedBeforeItsMessagesAreRead_KeepsItsFindingsWithoutMessages()
    {
        var store = HistoryStore.Open(_folder.Combine("history.db"));
        var last = store.Record(Run(findings: [Finding("GOV-001", "PRJ-001"), Finding("GOV-001", "PRJ-002")]));
        var read = store.FindToCompare(last).ShouldNotBeNull();
        store.Record(Run());
        store.Prune(keep: 1);

        read.Findings.ShouldBe([Finding("GOV-001", "PRJ-001") with { Message = null }, Finding("GOV-001", "PRJ-002") with { Message = null }]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Find_ComparedWithTheNextRun_FindsWhatAppearedAndWhatWentAwayWithItsMessage(bool toCompare)
    {
        var store = HistoryStore.Open(_folder.Combine("history.db"));
        var last = store.Record(Run(findings:
        [
            Finding("GOV-001", "PRJ-001"),
            Finding("GOV-001", "PRJ-002", message: "PRJ-002 had no sponsor."),
            Finding("GOV-001", "PRJ-005"),
            Finding("TRN-001", "PRJ-005", message: "PRJ-005 has no status report."),
        ]));
        var next = Run(findings: [Finding("GOV-001", "PRJ-001"), Finding("GOV-001", "PRJ-003"), Finding("GOV-001", "PRJ-005")]);

        var comparison = HistoryComparer.Compare(toCompare ? store.FindToCompare(last) : store.Find(last), next);

        comparison.NewFindings.ShouldHaveSingleItem().SubjectId.ShouldBe("PRJ-003");
        comparison.ResolvedFindings.ShouldBe(
        [
            Change("PRJ-002", "GOV-001", "PRJ-002 had no sponsor."),
            Change("PRJ-005", "TRN-001", "PRJ-005 has no status report."),
        ]);

        static FindingChange Change(string project, string rule, string message) => new()
        {
            RuleId = rule,
            SubjectKind = EntityKind.Project,
            SubjectId = project,
            ProjectId = project,
            Severity = Outcomes.Severity.High,
            State = FindingState.Open,
            Message = message,
        };
    }

    [Fact]
    public void Record_SeveralRuns_GetIncreasingIdsAndListOldestFirst()
    {
        var store = HistoryStore.Open(_folder.Combine("history.db"));

        var first = store.Record(Run("2026-06-30"));
        var second = store.Record(Run("2026-09-30", engagement: "fabrikam", gatePassed: false));
        var third = store.Record(Run("2026-12-31"));

        second.ShouldBe(first + 1);
        third.ShouldBe(second + 1);
        store.Runs().Select(run => run.Id).ShouldBe([first, second, third]);
        store.Runs("contoso").Select(run => run.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(["2026-06-30", "2026-12-31"]);
        store.Runs("fabrikam").ShouldHaveSingleItem().GatePassed.ShouldBe(false);
        // The newest of an engagement's recent runs comes last: assess compares with it.
        store.RecentLevels("contoso", 1, new DateOnly(2027, 1, 1)).ShouldHaveSingleItem().Run.Id.ShouldBe(third);
        store.RecentLevels("nobody", 1, new DateOnly(2027, 1, 1)).ShouldBeEmpty();
        store.Find(99).ShouldBeNull();
    }

    [Fact]
    public void RecentLevels_ReturnsTheLastRunsOfTheEngagementOldestFirst()
    {
        var store = HistoryStore.Open(_folder.Combine("history.db"));
        store.Record(Run("2026-03-31", levels: [("governance", 0)]));
        store.Record(Run("2026-04-30", methodology: "p3m3", levels: [("strategy", 3)]));
        store.Record(Run("2026-05-31", engagement: "fabrikam"));
        store.Record(Run("2026-06-30", levels: [("governance", 1)]));
        store.Record(Run("2026-09-30", levels: [("governance", 2)]));

        var recent = store.RecentLevels("contoso", count: 3, asOf: new DateOnly(2026, 9, 30));

        recent.Select(point => (point.Run.MethodologyId, point.Categories.Single().Level)).ShouldBe([("p3m3", 3), ("pmo-functions", 1), ("pmo-functions", 2)]);
        store.RecentLevels("contoso", count: 10, asOf: new DateOnly(2026, 9, 30)).Count.ShouldBe(4);
        store.RecentLevels("nobody", count: 10, asOf: new DateOnly(2026, 9, 30)).ShouldBeEmpty();
    }

    [Fact]
    public void RecentLevels_RunsRecordedOutOfDateOrder_ComeByDateAndStopAtTheAssessmentsDate()
    {
        var store = HistoryStore.Open(_folder.Combine("history.db"));
        var september = store.Record(Run("2026-09-30"));
        var october = store.Record(Run("2026-10-31"));
        var august = store.Record(Run("2026-08-31"));
        var septemberAgain = store.Record(Run("2026-09-30"));

        IReadOnlyList<long?> Ids(int year, int month, int day) =>
            [.. store.RecentLevels("contoso", 10, new DateOnly(year, month, day)).Select(point => point.Run.Id)];

        Ids(2026, 12, 31).ShouldBe([august, september, septemberAgain, october]);
        // As of September, October's run is the future: the last run is September's recorded last.
        Ids(2026, 9, 30).ShouldBe([august, september, septemberAgain]);
        Ids(2026, 8, 31).ShouldBe([august]);
        Ids(2026, 7, 31).ShouldBeEmpty();
    }

    [Fact]
    public void Prune_KeepsTheLatestRunsOfEachEngagementAndDeletesEverythingOfTheOthers()
    {
        var path = _folder.Combine("history.db");
        var store = HistoryStore.Open(path);
        foreach (var month in new[] { "03", "06", "09" })
        {
            store.Record(Run("2026-" + month + "-28"));
        }

        var fabrikam = store.Record(Run(engagement: "fabrikam"));

        store.Prune(keep: 2).ShouldBe(1);

        store.Runs().Select(run => (run.Engagement, run.AsOf.Month)).ShouldBe([("contoso", 6), ("contoso", 9), ("fabrikam", 9)]);
        store.Find(fabrikam).ShouldNotBeNull();
        Sql.Count(path, "finding").ShouldBe(3);
        Sql.Count(path, "category_level").ShouldBe(6);
        Sql.Count(path, "run_source").ShouldBe(3);
        store.Prune(keep: 2).ShouldBe(0);
    }

    [Fact]
    public void Prune_RunsRecordedOutOfDateOrder_KeepsTheLatestByDate()
    {
        var store = HistoryStore.Open(_folder.Combine("history.db"));
        store.Record(Run("2026-09-30"));
        store.Record(Run("2026-06-30"));
        store.Record(Run("2026-03-31"));

        store.Prune(keep: 1).ShouldBe(2);

        store.Runs().ShouldHaveSingleItem().AsOf.ShouldBe(new DateOnly(2026, 9, 30));
    }

    [Fact]
    public async Task BeginRecording_CommittedOnAnotherThread_IsTheRunWithTheIdGivenFirst()
    {
        var path = _folder.Combine("history.db");
        var store = HistoryStore.Open(path);
        store.Record(Run("2026-06-30"));

        using var recording = store.BeginRecording(Run("2026-09-30"));
        store.Runs().Count.ShouldBe(1, "readers see nothing of the run before its commit");
        await Task.Run(recording.Commit);

        recording.Id.ShouldBe(2);
        store.Find(2)!.AsOf.ShouldBe(new DateOnly(2026, 9, 30));
        Sql.Count(path, "finding").ShouldBe(2);
    }

    [Fact]
    public void Commit_WhatItWaitsForThrows_CommitsNothingAndThrowsItOn()
    {
        var path = _folder.Combine("history.db");
        var store = HistoryStore.Open(path);
        store.Record(Run("2026-06-30"));
        var unreadable = new InvalidOperationException("the last run could not be read");

        using (var recording = store.BeginRecording(Run("2026-09-30")))
        {
            Should.Throw<InvalidOperationException>(() => recording.Commit(beforeCommitting: () => throw unreadable)).ShouldBeSameAs(unreadable);
        }

        store.Runs().Count.ShouldBe(1);
        Sql.Count(path, "finding").ShouldBe(1);
        store.Record(Run("2026-12-31")).ShouldBe(2, "the lock is free again");
    }

    [Fact]
    public void BeginRecording_DisposedWithoutCommit_LeavesNoTraceAndFreesTheLock()
    {
        var path = _folder.Combine("history.db");
        var store = HistoryStore.Open(path);

        using (store.BeginRecording(Run("2026-06-30")))
        {
        }

        store.Runs().ShouldBeEmpty();
        Sql.Count(path, "finding").ShouldBe(0);
        store.Record(Run("2026-09-30")).ShouldBe(1);
    }

    [Fact]
    public void Record_FailsInsideItsTransaction_LeavesNoTraceOfTheRun()
    {
        var path = _folder.Combine("history.db");
        HistoryStore.Open(path).Record(Run("2026-06-30"));
        var failing = HistoryStore.Open(path, new HistoryStoreOptions { BeforeCommit = () => throw new IOException("disk gone") });

        Should.Throw<IOException>(() => failing.Record(Run("2026-09-30")));

        var store = HistoryStore.Open(path);
        store.Runs().ShouldHaveSingleItem();
        Sql.Count(path, "finding").ShouldBe(1);
        Sql.Count(path, "rule_coverage").ShouldBe(2);
        store.Record(Run("2026-09-30")).ShouldBe(2);
    }

    [Fact]
    public async Task Record_ManyWritersAtOnce_EveryRunLands()
    {
        var path = _folder.Combine("history.db");
        HistoryStore.Open(path);

        // Each writer opens the store itself, as separate processes would; the write lock makes them take turns.
        var writers = Enumerable.Range(0, 6).Select(writer => Task.Run(() =>
        {
            var store = HistoryStore.Open(path);
            return Enumerable.Range(0, 5).Select(_ => store.Record(Run(engagement: "writer-" + writer))).ToList();
        }));
        var ids = (await Task.WhenAll(writers)).SelectMany(list => list).ToList();

        ids.Distinct().Count().ShouldBe(30);
        HistoryStore.Open(path).Runs().Count.ShouldBe(30);
        Sql.Scalar(path, "PRAGMA integrity_check").ShouldBe("ok");
    }
}
