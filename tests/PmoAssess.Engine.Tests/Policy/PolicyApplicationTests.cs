using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Policy;
using PmoAssess.Scoring;

namespace PmoAssess.Tests.Engine.Policy;

/// <summary>Waivers, the baseline and the gate applied to results worked out by hand; every result is assessed as of 2026-09-30.</summary>
public sealed class PolicyApplicationTests
{

    private static EffectivePolicy PolicyOf(Severity? failOn = Severity.High, GateSettings? gate = null, (string Rules, Severity Severity)[]? severities = null, params Waiver[] waivers) =>
        new(new PolicyFile
        {
            File = "pmoassess.yaml",
            Waivers = waivers,
            Gate = gate ?? new GateSettings(),
            Severities = [.. (severities ?? []).Select(pair => (RulePattern.Parse(pair.Rules), pair.Severity))],
        }, failOn, null, null);

    private static Waiver Waiver(string rule, string subject, DateOnly? expires, int line = 10) => new()
    {
        Rule = rule,
        Subject = subject,
        Justification = "Accepted by the PMO board.",
        Approver = "PMO lead",
        Approved = new DateOnly(2026, 1, 1),
        Expires = expires,
        Location = "pmoassess.yaml:" + line,
    };

    private static string Key(Finding finding) => finding.Rule.Id + "/" + finding.Outcome.SubjectId;

    private static IEnumerable<(string, Waiver)> Keys(IEnumerable<(Finding Finding, Waiver Waiver)> waived) => waived.Select(pair => (Key(pair.Finding), pair.Waiver));

    private static MaturityAssessment Maturity(params (string Category, int? Level)[] levels)
    {
        var categories = levels.Select(pair => new MethodologyCategory(pair.Category, pair.Category, null, 1)).ToList();
        return new MaturityAssessment
        {
            Methodology = new Methodology([])
            {
                Id = "test",
                Name = "Test",
                Aggregation = Aggregation.Weakest,
                Coverage = 0.9m,
                Levels = [new MaturityLevel(1, "Initial", null), new MaturityLevel(2, "Managed", null), new MaturityLevel(3, "Defined", null)],
                Categories = categories,
                File = "test.methodology.yaml",
            },
            Categories = [.. categories.Zip(levels, (category, pair) => new CategoryScore { Category = category, Level = pair.Level, Rules = [], Blockers = [] })],
            Overall = null,
            Unscored = [],
            Roadmap = [],
        };
    }

    [Fact]
    public void Apply_NoPolicy_EveryFindingCountsAndNothingFailsTheGate()
    {
        var verdict = PolicyApplication.Apply(new AssessedRules().Rule("GOV-101", Severity.Critical).Failed("P-1").Result(), EffectivePolicy.Default);

        verdict.Findings.Select(Key).ShouldBe(["GOV-101/P-1"]);
        (verdict.Waived.Count, verdict.Baselined.Count, verdict.FixedSinceBaseline.Count).ShouldBe((0, 0, 0));
        verdict.GatePassed.ShouldBeTrue();
    }

    [Fact]
    public void Apply_ActiveWaiver_MovesTheFindingToWaivedWithItsWaiver()
    {
        var waiver = Waiver("GOV-101", "P-1", new DateOnly(2026, 12, 31));

        var verdict = PolicyApplication.Apply(new AssessedRules().Rule("GOV-101").Failed("P-1", "P-2").Result(), PolicyOf(waivers: [waiver]));

        verdict.Findings.Select(Key).ShouldBe(["GOV-101/P-2"]);
        Keys(verdict.Waived).ShouldBe([("GOV-101/P-1", waiver)]);
        (verdict.Expired.Count, verdict.ExpiringSoon.Count, verdict.Stale.Count).ShouldBe((0, 0, 0));
        verdict.GateFailures.ShouldBe(["1 finding at high or above"]);
    }

    [Fact]
    public void Apply_ExpiredWaiver_FindingCountsAgainAndTheWaiverIsListedExpired()
    {
        var waiver = Waiver("GOV-101", "P-1", new DateOnly(2026, 9, 29));

        var verdict = PolicyApplication.Apply(new AssessedRules().Rule("GOV-101").Failed("P-1", "P-2").Result(), PolicyOf(waivers: [waiver]));

        verdict.Findings.Select(Key).ShouldBe(["GOV-101/P-1", "GOV-101/P-2"]);
        verdict.Waived.ShouldBeEmpty();
        verdict.Expired.ShouldBe([waiver]);
        (verdict.ExpiringSoon.Count, verdict.Stale.Count).ShouldBe((0, 0));
        verdict.GateFailures.ShouldBe(["2 findings at high or above"]);
    }

    [Fact]
    public void Apply_WaiverExpiringToday_StillAppliesAndIsListedExpiringSoon()
    {
        var waiver = Waiver("GOV-101", "P-1", AssessedRules.AsOf);

        var verdict = PolicyApplication.Apply(new AssessedRules().Rule("GOV-101").Failed("P-1").Result(), PolicyOf(waivers: [waiver]));

        Keys(verdict.Waived).ShouldBe([("GOV-101/P-1", waiver)]);
        verdict.ExpiringSoon.ShouldBe([waiver]);
        verdict.Expired.ShouldBeEmpty();
        verdict.GatePassed.ShouldBeTrue();
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void Apply_WaiverExpiringWithinThirtyDays_IsListedExpiringSoon(int daysLeft, bool soon)
    {
        var waiver = Waiver("GOV-101", "P-1", AssessedRules.AsOf.AddDays(daysLeft));

        var verdict = PolicyApplication.Apply(new AssessedRules().Rule("GOV-101").Failed("P-1").Result(), PolicyOf(waivers: [waiver]));

        verdict.Waived.Count.ShouldBe(1);
        verdict.ExpiringSoon.Count.ShouldBe(soon ? 1 : 0);
    }

    [Fact]
    public void Apply_WaiversInForceMatchingARuleButNoFailure_AreStaleAndThoseMatchingNoRuleAreListedApart()
    {
        var otherRule = Waiver("GOV-999", "P-1", new DateOnly(2026, 12, 31), line: 10);
        var passingSubject = Waiver("GOV-101", "P-2", new DateOnly(2026, 12, 31), line: 15);
        var used = Waiver("GOV-101", "P-1", new DateOnly(2026, 12, 31), line: 20);
        var expiredAndUnused = Waiver("GOV-888", "P-1", new DateOnly(2026, 6, 30), line: 25);
        var globOverNoRule = Waiver("GOX-*", "*", new DateOnly(2026, 12, 31), line: 30);

        var verdict = PolicyApplication.Apply(
            new AssessedRules().Rule("GOV-101").Failed("P-1").Passed("P-2").Result(),
            PolicyOf(waivers: [otherRule, passingSubject, used, expiredAndUnused, globOverNoRule]));

        verdict.Stale.ShouldBe([passingSubject]);
        verdict.MatchingNoRule.ShouldBe([otherRule, globOverNoRule]);
        verdict.Expired.ShouldBe([expiredAndUnused]);
        Keys(verdict.Waived).ShouldBe([("GOV-101/P-1", used)]);
    }

    [Fact]
    public void Apply_GlobWaiverOverARuleThatPassesEverything_IsStaleNotMatchingNoRule()
    {
        var glob = Waiver("GOV-1*", "*", new DateOnly(2026, 12, 31));

        var verdict = PolicyApplication.Apply(new AssessedRules().Rule("GOV-101").Passed("P-1").Result(), PolicyOf(waivers: [glob]));

        verdict.Stale.ShouldBe([glob]);
        verdict.MatchingNoRule.ShouldBeEmpty();
    }

    [Fact]
    public void Apply_WaiverForEverySubjectOfARuleGlob_CoversAllTheirFailures()
    {
        var waiver = Waiver("DQ-*", "*", new DateOnly(2026, 12, 31));
        var result = new AssessedRules()
            .Rule("DQ-001").Failed("P-1", "P-2")
            .Rule("DQ-002").Failed("P-3")
            .Rule("GOV-101").Failed("P-1")
            .Result();

        var verdict = PolicyApplication.Apply(result, PolicyOf(waivers: [waiver]));

        verdict.Findings.Select(Key).ShouldBe(["GOV-101/P-1"]);
        Keys(verdict.Waived).ShouldBe([("DQ-001/P-1", waiver), ("DQ-001/P-2", waiver), ("DQ-002/P-3", waiver)]);
        verdict.Stale.ShouldBeEmpty();
    }

    [Fact]
    public void Apply_OpenEndedWaiver_AppliesAndNeverExpiresSoon()
    {
        var waiver = Waiver("GOV-101", "P-1", expires: null);

        var verdict = PolicyApplication.Apply(new AssessedRules().Rule("GOV-101").Failed("P-1").Result(), PolicyOf(waivers: [waiver]));

        Keys(verdict.Waived).ShouldBe([("GOV-101/P-1", waiver)]);
        (verdict.Expired.Count, verdict.ExpiringSoon.Count).ShouldBe((0, 0));
    }

    [Fact]
    public void Apply_TwoWaiversCoverAFailure_TheFirstWrittenIsUsedAndNeitherIsStale()
    {
        var first = Waiver("GOV-*", "*", new DateOnly(2026, 12, 31), line: 10);
        var second = Waiver("GOV-101", "P-1", new DateOnly(2026, 12, 31), line: 15);

        var verdict = PolicyApplication.Apply(new AssessedRules().Rule("GOV-101").Failed("P-1").Result(), PolicyOf(waivers: [first, second]));

        Keys(verdict.Waived).ShouldBe([("GOV-101/P-1", first)]);
        verdict.Stale.ShouldBeEmpty();
    }

    [Fact]
    public void Apply_PolicySeverities_AreGivenToFindingsMostSevereFirst()
    {
        var result = new AssessedRules()
            .Rule("DQ-001", Severity.Low, "data-quality").Failed("P-1")
            .Rule("GOV-101", Severity.High).Failed("P-2")
            .Result();

        var verdict = PolicyApplication.Apply(result, PolicyOf(failOn: Severity.Critical, severities: [("DQ-*", Severity.Critical)]));

        verdict.Findings.Select(finding => (Key(finding), finding.Severity)).ShouldBe([("DQ-001/P-1", Severity.Critical), ("GOV-101/P-2", Severity.High)]);
        verdict.GateFailures.ShouldBe(["1 finding at critical or above"]);
    }

    [Fact]
    public void Apply_SupportivePmo_CapsSeveritiesBeforeTheGateCounts()
    {
        var result = new AssessedRules().Rule("GOV-101", Severity.Critical).Failed("P-1").Result();

        var verdict = PolicyApplication.Apply(result, new EffectivePolicy(null, Severity.High, PmoType.Supportive, null));

        verdict.Findings.Single().Severity.ShouldBe(Severity.Medium);
        verdict.GatePassed.ShouldBeTrue();
    }

    [Fact]
    public void Apply_Baseline_CountsNewFindingsListsAcceptedOnesApartAndReportsFixedOnes()
    {
        var result = new AssessedRules()
            .Rule("DQ-001", Severity.Medium, "data-quality").Failed("P-3")
            .Rule("GOV-101").Failed("P-1", "P-2")
            .Rule("GOV-102").Passed("P-4")
            .Result();
        var fixedEntry = new BaselineEntry("GOV-102", EntityKind.Project, "P-4", Severity.High, "No sponsor.");
        var baseline = new Baseline(new DateOnly(2026, 6, 30),
        [
            new BaselineEntry("GOV-101", EntityKind.Project, "P-1", Severity.High, "Message as it was then."),
            new BaselineEntry("DQ-001", EntityKind.Project, "P-3", Severity.Medium, null),
            fixedEntry,
        ]);

        var verdict = PolicyApplication.Apply(result, PolicyOf(), baseline);

        verdict.Findings.Select(Key).ShouldBe(["GOV-101/P-2"]);
        verdict.Baselined.Select(Key).ShouldBe(["GOV-101/P-1", "DQ-001/P-3"]);
        verdict.FixedSinceBaseline.ShouldBe([fixedEntry]);
        verdict.GateFailures.ShouldBe(["1 finding at high or above"]);
    }

    [Fact]
    public void Apply_BaselineOfUnchangedFindings_PassesTheGate()
    {
        var result = new AssessedRules().Rule("GOV-101").Failed("P-1", "P-2").Result();

        var verdict = PolicyApplication.Apply(result, PolicyOf(), Baseline.Of(new DateOnly(2026, 6, 30), result.Findings));

        verdict.Findings.ShouldBeEmpty();
        verdict.Baselined.Select(Key).ShouldBe(["GOV-101/P-1", "GOV-101/P-2"]);
        verdict.FixedSinceBaseline.ShouldBeEmpty();
        verdict.GatePassed.ShouldBeTrue();
    }

    [Fact]
    public void Apply_BaselineEntryForAnotherKindOfSubject_DoesNotAcceptTheFinding()
    {
        var result = new AssessedRules().Rule("GOV-101").Failed("P-1").Result();
        var baseline = new Baseline(new DateOnly(2026, 6, 30), [new BaselineEntry("GOV-101", EntityKind.Risk, "P-1", Severity.High, null)]);

        var verdict = PolicyApplication.Apply(result, PolicyOf(), baseline);

        verdict.Findings.Select(Key).ShouldBe(["GOV-101/P-1"]);
        verdict.FixedSinceBaseline.Count.ShouldBe(1);
    }

    [Fact]
    public void Apply_FindingBothWaivedAndBaselined_IsListedAsWaived()
    {
        var result = new AssessedRules().Rule("GOV-101").Failed("P-1").Result();
        var waiver = Waiver("GOV-101", "P-1", new DateOnly(2026, 12, 31));

        var verdict = PolicyApplication.Apply(result, PolicyOf(waivers: [waiver]), Baseline.Of(new DateOnly(2026, 6, 30), result.Findings));

        Keys(verdict.Waived).ShouldBe([("GOV-101/P-1", waiver)]);
        verdict.Baselined.ShouldBeEmpty();
        verdict.FixedSinceBaseline.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Severity.Critical, null)]
    [InlineData(Severity.High, "1 finding at high or above")]
    [InlineData(Severity.Medium, "3 findings at medium or above")]
    [InlineData(Severity.Info, "4 findings at info or above")]
    public void Apply_FailOn_CountsTheFindingsAtOrAboveTheThreshold(Severity failOn, string? reason)
    {
        var result = new AssessedRules()
            .Rule("GOV-101", Severity.High).Failed("P-1")
            .Rule("GOV-102", Severity.Medium).Failed("P-2", "P-3")
            .Rule("GOV-103", Severity.Low).Failed("P-4")
            .Result();

        var verdict = PolicyApplication.Apply(result, PolicyOf(failOn));

        verdict.GateFailures.ShouldBe(reason is null ? [] : [reason]);
    }

    [Theory]
    [InlineData(3, 2, "3 findings, more than the 2 allowed")]
    [InlineData(3, 3, null)]
    [InlineData(1, 0, "1 finding, more than the 0 allowed")]
    public void Apply_MaxFindings_FailsWhenMoreFindingsCount(int failures, int maximum, string? reason)
    {
        var result = new AssessedRules().Rule("GOV-101").Failed([.. Enumerable.Range(1, failures).Select(index => "P-" + index)]).Result();

        var verdict = PolicyApplication.Apply(result, PolicyOf(failOn: null, new GateSettings { MaxFindings = maximum }));

        verdict.GateFailures.ShouldBe(reason is null ? [] : [reason]);
    }

    [Fact]
    public void Apply_MaxFindings_WaivedAndBaselinedFindingsDoNotCount()
    {
        var result = new AssessedRules().Rule("GOV-101").Failed("P-1", "P-2", "P-3").Result();
        var baseline = new Baseline(new DateOnly(2026, 6, 30), [new BaselineEntry("GOV-101", EntityKind.Project, "P-2", Severity.High, null)]);

        var verdict = PolicyApplication.Apply(
            result, PolicyOf(failOn: null, new GateSettings { MaxFindings = 1 }, waivers: [Waiver("GOV-101", "P-1", new DateOnly(2026, 12, 31))]), baseline);

        verdict.Findings.Select(Key).ShouldBe(["GOV-101/P-3"]);
        verdict.GatePassed.ShouldBeTrue();
    }

    [Fact]
    public void Apply_MinCoverage_FailsEachRuleBelowTheFloorWithNotAssessableSubjectsCountingAgainstIt()
    {
        var result = new AssessedRules()
            .Rule("GOV-101").Passed("P-1", "P-2").Failed("P-3")                                                    // 2 of 3: 66.6%
            .Rule("GOV-102").Passed([.. Enumerable.Range(1, 9).Select(index => "P-" + index)]).NotAssessable("P-10") // 9 of 10: at the floor
            .Rule("GOV-103").Passed([.. Enumerable.Range(1, 8).Select(index => "P-" + index)]).NotAssessable("P-9")
                .NotApplicable("P-10", "P-11", "P-12", "P-13", "P-14")                                              // 8 of 9: 88.8%
            .Rule("GOV-104").NotApplicable("P-1", "P-2")                                                           // applies to nothing
            .Rule("GOV-105").NotAssessable("P-1", "P-2")                                                           // 0 of 2
            .Result();

        var verdict = PolicyApplication.Apply(result, PolicyOf(failOn: null, new GateSettings { MinCoverage = 0.9m }));

        verdict.GateFailures.ShouldBe(
        [
            "GOV-101 covers 66.6%, below the floor of 90%",
            "GOV-103 covers 88.8%, below the floor of 90%",
            "GOV-105 covers 0%, below the floor of 90%",
        ]);
    }

    [Fact]
    public void Apply_MinCoverage_LeavesWaivedAndBaselinedFailuresOut()
    {
        // GOV-101: 8 pass, 1 waived, 1 baselined: 8 of 8 assessed without the accepted ones, so above a 90% floor.
        var result = new AssessedRules()
            .Rule("GOV-101").Passed([.. Enumerable.Range(1, 8).Select(index => "P-" + index)]).Failed("P-9", "P-10")
            .Result();
        var baseline = new Baseline(new DateOnly(2026, 6, 30), [new BaselineEntry("GOV-101", EntityKind.Project, "P-10", Severity.High, null)]);

        var verdict = PolicyApplication.Apply(
            result, PolicyOf(failOn: null, new GateSettings { MinCoverage = 0.9m }, waivers: [Waiver("GOV-101", "P-9", new DateOnly(2026, 12, 31))]), baseline);

        verdict.GatePassed.ShouldBeTrue(string.Join("; ", verdict.GateFailures));
    }

    [Fact]
    public void Apply_MinLevel_FailsEachCategoryBelowItsMinimumOrNotAssessed()
    {
        var gate = new GateSettings { MinLevel = new Dictionary<string, int> { ["risk"] = 1, ["governance"] = 2, ["delivery"] = 3, ["finance"] = 1 } };

        var verdict = PolicyApplication.Apply(
            new AssessedRules().Rule("GOV-101").Passed("P-1").Result(),
            PolicyOf(failOn: null, gate),
            maturity: Maturity(("governance", 1), ("risk", null), ("delivery", 3)));

        verdict.GateFailures.ShouldBe(
        [
            "finance is not assessed, so it does not meet the minimum 1",
            "governance is at level 1, below the minimum 2",
            "risk is not assessed, so it does not meet the minimum 1",
        ]);
    }

    [Fact]
    public void Apply_MinLevelWithoutAMaturityAssessment_FailsAsNotAssessed() =>
        PolicyApplication.Apply(new AssessedRules().Rule("GOV-101").Passed("P-1").Result(),
                PolicyOf(failOn: null, new GateSettings { MinLevel = new Dictionary<string, int> { ["governance"] = 0 } }))
            .GateFailures.ShouldBe(["governance is not assessed, so it does not meet the minimum 0"]);

    [Fact]
    public void Apply_EveryConditionHolds_GatePasses()
    {
        var result = new AssessedRules()
            .Rule("GOV-101", Severity.Medium).Passed("P-1").Failed("P-2")
            .Rule("GOV-102", Severity.Critical).Passed("P-1", "P-2")
            .Result();
        var gate = new GateSettings { MaxFindings = 1, MinCoverage = 0.5m, MinLevel = new Dictionary<string, int> { ["governance"] = 2 } };

        var verdict = PolicyApplication.Apply(result, PolicyOf(Severity.High, gate), maturity: Maturity(("governance", 2)));

        verdict.GateFailures.ShouldBeEmpty();
        verdict.GatePassed.ShouldBeTrue();
    }

    [Fact]
    public void Apply_EveryConditionFails_ListsEveryReasonInOrder()
    {
        var result = new AssessedRules()
            .Rule("GOV-101", Severity.High).Passed("P-1").Failed("P-2", "P-3")
            .Result();
        var gate = new GateSettings { MaxFindings = 1, MinCoverage = 0.5m, MinLevel = new Dictionary<string, int> { ["governance"] = 2 } };

        var verdict = PolicyApplication.Apply(result, PolicyOf(Severity.High, gate), maturity: Maturity(("governance", 1)));

        verdict.GateFailures.ShouldBe(
        [
            "2 findings at high or above",
            "2 findings, more than the 1 allowed",
            "GOV-101 covers 33.3%, below the floor of 50%",
            "governance is at level 1, below the minimum 2",
        ]);
        verdict.GatePassed.ShouldBeFalse();
    }
}
