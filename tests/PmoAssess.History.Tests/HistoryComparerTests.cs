using PmoAssess.Facts;
using PmoAssess.History;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using static PmoAssess.Tests.History.Runs;

namespace PmoAssess.Tests.History;

/// <summary>What moved between two runs: levels, coverage, new and resolved findings by rule and subject, the trend.</summary>
public sealed class HistoryComparerTests
{
    [Fact]
    public void Compare_NoPreviousRun_IsTheFirstWithATrendOfOne()
    {
        var current = Run() with { Id = 1 };

        var comparison = HistoryComparer.Compare(previous: null, current);

        comparison.Previous.ShouldBeNull();
        comparison.Current.Id.ShouldBe(1);
        comparison.NewFindings.ShouldBeEmpty();
        comparison.ResolvedFindings.ShouldBeEmpty();
        comparison.Trend.ShouldHaveSingleItem().Levels.ShouldBe([1, 0]);
    }

    [Fact]
    public void Compare_Levels_UpDownSameAndNotAssessed_OnlyAFallIsARegression()
    {
        var previous = Run(levels: [("governance", 2), ("transparency", 1), ("delivery", 1), ("reusability", null), ("benefits", 1)]);
        var current = Run(levels: [("governance", 1), ("transparency", 3), ("delivery", 1), ("reusability", 2), ("benefits", null), ("traceability", 1)]);

        var comparison = HistoryComparer.Compare(previous, current);

        comparison.Levels.Select(level => (level.CategoryId, level.Before, level.After, level.Change, level.IsRegression)).ShouldBe(
        [
            ("governance", 2, 1, -1, true),
            ("transparency", 1, 3, 2, false),
            ("delivery", 1, 1, 0, false),
            ("reusability", null, 2, null, false),
            ("benefits", 1, null, null, false),
            ("traceability", null, 1, null, false),
        ]);
        comparison.LevelRegressions.ShouldHaveSingleItem().CategoryId.ShouldBe("governance");
    }

    [Fact]
    public void Compare_Findings_ByRuleAndSubjectNotMessageOrOrder()
    {
        var previous = Run(findings:
        [
            Finding("GOV-001", "PRJ-001", message: "PRJ-001 has no sponsor (row 4)."),
            Finding("GOV-001", "PRJ-002"),
            Finding("RSK-001", "RSK-006", Severity.Medium, EntityKind.Risk),
        ]);
        var current = Run(findings:
        [
            Finding("RSK-001", "RSK-007", Severity.Medium, EntityKind.Risk),
            // Same rule and subject, another row and message after the client re-sorted the export: not new.
            Finding("GOV-001", "PRJ-001", message: "PRJ-001 has no sponsor (row 9)."),
            Finding("TRN-001", "PRJ-001", Severity.Critical),
            // Same subject id under another kind is another subject.
            Finding("RSK-001", "PRJ-002", Severity.Low, EntityKind.Project),
        ], rules: [Rule("GOV-001", 1, 1), Rule("RSK-001", 1, 1), Rule("TRN-001", 1, 1)]);

        var comparison = HistoryComparer.Compare(previous, current);

        comparison.NewFindings.Select(finding => (finding.RuleId, finding.SubjectKind, finding.SubjectId)).ShouldBe(
        [
            ("TRN-001", EntityKind.Project, "PRJ-001"),
            ("RSK-001", EntityKind.Risk, "RSK-007"),
            ("RSK-001", EntityKind.Project, "PRJ-002"),
        ], "most severe first");
        comparison.ResolvedFindings.Select(finding => (finding.RuleId, finding.SubjectId, finding.Message)).ShouldBe(
        [
            ("GOV-001", "PRJ-002", "GOV-001 fails on PRJ-002."),
            ("RSK-001", "RSK-006", "RSK-001 fails on RSK-006."),
        ]);
    }

    [Fact]
    public void Compare_SameFindingsInTheSameOrder_NoneNewOrResolved()
    {
        var previous = Run(findings: [Finding("GOV-001", "PRJ-001", message: "row 4"), Finding("GOV-001", "PRJ-002")]);
        var current = Run(findings: [Finding("GOV-001", "PRJ-001", message: "row 9"), Finding("GOV-001", "PRJ-002")]);

        var comparison = HistoryComparer.Compare(previous, current);

        comparison.NewFindings.ShouldBeEmpty();
        comparison.ResolvedFindings.ShouldBeEmpty();
    }

    [Fact]
    public void Compare_RunsWhoseFindingKeysAreKnownTheSame_NoneNewOrResolved_WithoutReadingTheLastRunsFindings()
    {
        var current = Run(findings: [Finding("GOV-001", "PRJ-001"), Finding("GOV-001", "PRJ-002")]);
        var keys = FindingKeys.Sha256(current.Findings);
        var previous = Run() with { Findings = new Unreadable(count: 2), FindingKeysSha256 = keys };

        var comparison = HistoryComparer.Compare(previous, current with { FindingKeysSha256 = keys });

        comparison.NewFindings.ShouldBeEmpty();
        comparison.ResolvedFindings.ShouldBeEmpty();
        comparison.Previous!.Findings.ShouldBe(2);
    }

    [Fact]
    public void Compare_RunsWhoseFindingKeysAreKnownToDiffer_ComparesTheFindings()
    {
        var previous = Run(findings: [Finding("GOV-001", "PRJ-001"), Finding("GOV-001", "PRJ-002")]);
        var current = Run(findings: [Finding("GOV-001", "PRJ-001")]);

        var comparison = HistoryComparer.Compare(
            previous with { FindingKeysSha256 = FindingKeys.Sha256(previous.Findings) }, current with { FindingKeysSha256 = FindingKeys.Sha256(current.Findings) });

        comparison.NewFindings.ShouldBeEmpty();
        comparison.ResolvedFindings.ShouldHaveSingleItem().SubjectId.ShouldBe("PRJ-002");
    }

    /// <summary>Findings whose number is known and which fail the test if read.</summary>
    private sealed class Unreadable(int count) : IReadOnlyList<RecordedFinding>
    {
        public int Count => count;

        public RecordedFinding this[int index] => throw new ShouldAssertException("finding " + index + " of the last run was read");

        public IEnumerator<RecordedFinding> GetEnumerator() => throw new ShouldAssertException("the last run's findings were read");

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void Compare_SameFindingsInAnotherOrder_NoneNewOrResolved()
    {
        var previous = Run(findings: [Finding("GOV-001", "PRJ-001"), Finding("GOV-001", "PRJ-002")]);
        var current = Run(findings: [Finding("GOV-001", "PRJ-002"), Finding("GOV-001", "PRJ-001")]);

        var comparison = HistoryComparer.Compare(previous, current);

        comparison.NewFindings.ShouldBeEmpty();
        comparison.ResolvedFindings.ShouldBeEmpty();
    }

    [Fact]
    public void Compare_AsManyFindingsTheLastOfThemAnother_OneNewAndOneResolved()
    {
        var previous = Run(findings: [Finding("GOV-001", "PRJ-001"), Finding("GOV-001", "PRJ-002")]);
        var current = Run(findings: [Finding("GOV-001", "PRJ-001"), Finding("GOV-001", "PRJ-003")]);

        var comparison = HistoryComparer.Compare(previous, current);

        comparison.NewFindings.ShouldHaveSingleItem().SubjectId.ShouldBe("PRJ-003");
        comparison.ResolvedFindings.ShouldHaveSingleItem().SubjectId.ShouldBe("PRJ-002");
    }

    [Fact]
    public void Compare_AKeyFoundTwice_IsOneChange_TheFirstOfItsFindings()
    {
        var previous = Run(findings:
        [
            Finding("GOV-001", "PRJ-001", message: "first, gone"),
            Finding("GOV-001", "PRJ-002", message: "first, kept"),
            Finding("GOV-001", "PRJ-001", message: "second, gone"),
            Finding("GOV-001", "PRJ-002", message: "second, kept"),
        ]);
        var current = Run(findings:
        [
            Finding("GOV-001", "PRJ-003", message: "first, new"),
            Finding("GOV-001", "PRJ-002"),
            Finding("GOV-001", "PRJ-003", message: "second, new"),
        ]);

        var comparison = HistoryComparer.Compare(previous, current);

        comparison.NewFindings.ShouldHaveSingleItem().Message.ShouldBe("first, new");
        comparison.ResolvedFindings.ShouldHaveSingleItem().Message.ShouldBe("first, gone");
    }

    [Fact]
    public void Compare_FindingOfARuleThatNoLongerRuns_IsNotResolved()
    {
        var previous = Run(findings: [Finding("GOV-001", "PRJ-001"), Finding("OLD-001", "PRJ-001")], rules: [Rule("GOV-001", 1, 1), Rule("OLD-001", 0, 1)]);
        var current = Run(findings: [], rules: [Rule("GOV-001", 2, 0)]);

        var comparison = HistoryComparer.Compare(previous, current);

        comparison.ResolvedFindings.ShouldHaveSingleItem().RuleId.ShouldBe("GOV-001");
    }

    [Fact]
    public void Compare_WaivedFindingStillFailing_IsNeitherNewNorResolved()
    {
        var previous = Run(findings: [Finding("GOV-001", "PRJ-001")]);
        var current = Run(findings: [Finding("GOV-001", "PRJ-001", state: FindingState.Waived)]);

        var comparison = HistoryComparer.Compare(previous, current);

        comparison.NewFindings.ShouldBeEmpty();
        comparison.ResolvedFindings.ShouldBeEmpty();
    }

    [Fact]
    public void Compare_Coverage_ChangedRulesOnly_AFallIsARegression()
    {
        var previous = Run(rules: [Rule("GOV-001", passed: 9, failed: 1), Rule("TRN-001", passed: 1, failed: 1), Rule("DEL-001", 3, 0), Rule("NEW-000", 0, 0)]);
        var current = Run(rules: [Rule("GOV-001", passed: 7, failed: 3), Rule("TRN-001", passed: 2, failed: 0), Rule("DEL-001", 6, 0), Rule("NEW-001", 1, 0)]);

        var comparison = HistoryComparer.Compare(previous, current);

        comparison.Coverage.Select(rule => (rule.RuleId, rule.Before, rule.After, rule.IsRegression)).ShouldBe(
        [
            ("GOV-001", 0.9m, 0.7m, true),
            ("TRN-001", 0.5m, 1m, false),
        ]);
        comparison.CoverageRegressions.ShouldHaveSingleItem().Title.ShouldBe("Rule GOV-001");
    }

    [Fact]
    public void Compare_AnotherMethodology_LevelsAreNotComparedButFindingsAre()
    {
        var previous = Run(methodology: "p3m3", levels: [("governance", 4)], findings: [Finding("GOV-001", "PRJ-001")]);
        var current = Run(levels: [("governance", 1)], findings: []);

        var comparison = HistoryComparer.Compare(previous, current);

        comparison.MethodologyChanged.ShouldBeTrue();
        comparison.Levels.ShouldHaveSingleItem().Before.ShouldBeNull();
        comparison.LevelRegressions.ShouldBeEmpty();
        comparison.ResolvedFindings.ShouldHaveSingleItem();
    }

    [Fact]
    public void Compare_Trend_TheLastNineEarlierRunsOfTheMethodologyThenThisOne()
    {
        var earlier = Enumerable.Range(1, 12).Select(id => new RunLevels
        {
            Run = (Run(methodology: id == 11 ? "p3m3" : "pmo-functions") with { Id = id }).Summary(),
            Categories = [new RecordedCategory { Id = "transparency", Name = "Transparency", Level = id % 3 }],
        }).ToList();
        var current = Run(levels: [("governance", 2), ("transparency", 1)]) with { Id = 13 };

        var comparison = HistoryComparer.Compare(previous: null, current, earlier);

        comparison.Trend.Count.ShouldBe(HistoryComparison.TrendRuns);
        comparison.Trend.Select(point => point.Run.Id).ShouldBe([3, 4, 5, 6, 7, 8, 9, 10, 12, 13]);
        comparison.Trend[0].Levels.ShouldBe([null, 0], "a category an earlier run did not have has no level there");
        comparison.Trend[^1].Levels.ShouldBe([2, 1]);
    }

    [Fact]
    public void Compare_Trend_RunsAtOrAfterTheCurrentOneAreLeftOut()
    {
        var earlier = new[] { 4L, 5L, 6L }.Select(id => new RunLevels { Run = (Run() with { Id = id }).Summary(), Categories = [] }).ToList();

        var comparison = HistoryComparer.Compare(previous: null, Run() with { Id = 5 }, earlier);

        comparison.Trend.Select(point => point.Run.Id).ShouldBe([4, 5]);
    }
}
