using System.Globalization;
using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Policy;
using PmoAssess.Tests.Engine.TestRules;
using static PmoAssess.Tests.Engine.Assessment.AssessedPortfolio;

namespace PmoAssess.Tests.Engine.Assessment;

public sealed class AssessmentRunnerTests
{
    [Fact]
    public void Run_HealthyRules_GivesEverySubjectOfTheRulesKindExactlyOneOutcome()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(HealthyRules), AssessedPortfolio.AsOf);

        // 3 project rules x 4 projects + 1 risk rule x 3 risks; nothing for the portfolio fact.
        result.Outcomes.Count.ShouldBe(15);
        result.Outcomes.GroupBy(outcome => (outcome.RuleId, outcome.SubjectKind, outcome.SubjectId)).ShouldAllBe(group => group.Count() == 1);
        result.Outcomes.Where(outcome => outcome.RuleId == "RSK-001").ShouldAllBe(outcome => outcome.SubjectKind == EntityKind.Risk);
        result.Outcomes.Where(outcome => outcome.RuleId != "RSK-001").ShouldAllBe(outcome => outcome.SubjectKind == EntityKind.Project);
    }

    [Fact]
    public void Run_HealthyRules_GivesEachOutcomeItsStatusOrderedByRuleThenOrdinalSubjectId()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(HealthyRules), AssessedPortfolio.AsOf);

        result.Outcomes.Select(outcome => (outcome.RuleId, outcome.SubjectId, outcome.Status)).ShouldBe(
        [
            ("DEL-001", "P-10", OutcomeStatus.Failed),
            ("DEL-001", "P-2", OutcomeStatus.NotAssessable),
            ("DEL-001", "Z-1", OutcomeStatus.NotApplicable),
            ("DEL-001", "p-1", OutcomeStatus.Passed),
            ("GOV-001", "P-10", OutcomeStatus.Passed),
            ("GOV-001", "P-2", OutcomeStatus.Failed),
            ("GOV-001", "Z-1", OutcomeStatus.NotApplicable),
            ("GOV-001", "p-1", OutcomeStatus.Passed),
            ("RSK-001", "R-1", OutcomeStatus.Failed),
            ("RSK-001", "R-2", OutcomeStatus.NotApplicable),
            ("RSK-001", "R-3", OutcomeStatus.Passed),
            ("STA-001", "P-10", OutcomeStatus.Passed),
            ("STA-001", "P-2", OutcomeStatus.Failed),
            ("STA-001", "Z-1", OutcomeStatus.NotApplicable),
            ("STA-001", "p-1", OutcomeStatus.NotAssessable),
        ]);
    }

    [Fact]
    public void Run_HealthyRules_CountsEachRulesStatusesInTheOrderFirstMet()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(HealthyRules), AssessedPortfolio.AsOf);

        // The outcomes of the test above, counted by hand, statuses in the order of the subjects.
        result.CountsOf("DEL-001").ToList().ShouldBe(
        [
            new(OutcomeStatus.Failed, 1), new(OutcomeStatus.NotAssessable, 1), new(OutcomeStatus.NotApplicable, 1), new(OutcomeStatus.Passed, 1),
        ]);
        result.CountsOf("GOV-001").ToList().ShouldBe([new(OutcomeStatus.Passed, 2), new(OutcomeStatus.Failed, 1), new(OutcomeStatus.NotApplicable, 1)]);
        result.CountsOf("RSK-001").ToList().ShouldBe([new(OutcomeStatus.Failed, 1), new(OutcomeStatus.NotApplicable, 1), new(OutcomeStatus.Passed, 1)]);
        result.CountsOf("NOPE-001").ShouldBeEmpty();
    }

    [Fact]
    public void Run_HealthyRules_ListsWhatNeedsAttentionInOrderWithoutThePassesOrNotApplicable()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(HealthyRules), AssessedPortfolio.AsOf);

        result.OutcomesWhere(status => status is OutcomeStatus.Failed or OutcomeStatus.NotAssessable)
            .Select(outcome => (outcome.RuleId, outcome.SubjectId, outcome.Status))
            .ShouldBe(
            [
                ("DEL-001", "P-10", OutcomeStatus.Failed),
                ("DEL-001", "P-2", OutcomeStatus.NotAssessable),
                ("GOV-001", "P-2", OutcomeStatus.Failed),
                ("RSK-001", "R-1", OutcomeStatus.Failed),
                ("STA-001", "P-2", OutcomeStatus.Failed),
                ("STA-001", "p-1", OutcomeStatus.NotAssessable),
            ]);
        result.OutcomesWith(OutcomeStatus.NotApplicable).Select(outcome => (outcome.RuleId, outcome.SubjectId))
            .ShouldBe([("DEL-001", "Z-1"), ("GOV-001", "Z-1"), ("RSK-001", "R-2"), ("STA-001", "Z-1")]);
    }

    [Fact]
    public void Run_ChildSubjects_CarryTheirProjectId()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(HealthyRules), AssessedPortfolio.AsOf);

        result.Outcomes.Where(outcome => outcome.RuleId == "RSK-001").Select(outcome => outcome.ProjectId).ShouldBe(["P-10", "P-10", "P-2"]);
        result.Outcomes.Where(outcome => outcome.RuleId == "GOV-001").Select(outcome => outcome.ProjectId).ShouldBe(["P-10", "P-2", "Z-1", "p-1"]);
    }

    [Fact]
    public void Run_NotApplicableFilledInByRunner_HasNoMessageOrEvidence()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(HealthyRules), AssessedPortfolio.AsOf);

        var notApplicable = result.Outcomes.Single(outcome => outcome is { RuleId: "RSK-001", SubjectId: "R-2" });
        notApplicable.ShouldBe(new RuleOutcome
        {
            RuleId = "RSK-001",
            SubjectKind = EntityKind.Risk,
            SubjectId = "R-2",
            ProjectId = "P-10",
            Status = OutcomeStatus.NotApplicable,
            Evidence = notApplicable.Evidence,
        });
        notApplicable.Evidence.ShouldBeEmpty();
    }

    [Fact]
    public void Run_RuleVerdicts_KeepTheirMessagesMissingFieldsAndEvidence()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(HealthyRules), AssessedPortfolio.AsOf);

        var failed = Outcome(result, "GOV-001", "P-2");
        failed.Message.ShouldBe("Active project has no sponsor.");
        failed.Evidence.ShouldHaveSingleItem().ShouldBe(new Evidence { Field = "sponsor" });

        var notAssessable = Outcome(result, "DEL-001", "P-2");
        notAssessable.Message.ShouldBe("No value for 'actualCost'.");
        notAssessable.MissingField.ShouldBe("actualCost");

        var passed = Outcome(result, "GOV-001", "P-10");
        passed.Message.ShouldBeNull();
        passed.Evidence.ShouldHaveSingleItem().Value.ShouldBe("Ann");
    }

    [Fact]
    public void Run_PluginRulesPlainPass_KeepsNoEvidenceAndAsksTheRuleAgainWhenRead()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(typeof(CountsItsVerdicts)), AssessedPortfolio.AsOf);
        var askedWhileAssessing = CountsItsVerdicts.Verdicts;

        // Four projects, each judged once; then each pass read is judged again, and gives the evidence it gave the first time.
        askedWhileAssessing.ShouldBe(4);
        var first = result.Outcomes[0];
        (first.SubjectId, first.Status).ShouldBe(("P-10", OutcomeStatus.Passed));
        first.Evidence.ShouldHaveSingleItem().ShouldBe(new Evidence { Field = "sponsor", Value = "Ann" });
        CountsItsVerdicts.Verdicts.ShouldBe(5);
        result.Outcomes.ShouldAllBe(outcome => outcome.Status == OutcomeStatus.Passed);
        CountsItsVerdicts.Verdicts.ShouldBe(9);
    }

    [Fact]
    public void Run_PluginRuleDecidingDifferentlyWhenAskedAgain_FailsLoudlyWhenItsPassIsRead()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(typeof(DecidesDifferentlyWhenAskedAgain)), AssessedPortfolio.AsOf);

        Should.Throw<PluginFaultException>(() => result.Outcomes[0]).Message.ShouldBe(
            "The rule decided differently when asked again about a subject it had passed: a rule must decide from the subject " +
            "and the assessment date alone. Rule=ASK-002, Subject=P-10");
    }

    [Fact]
    public void Run_FailedAndNotAssessableVerdicts_AreDecidedAgainOnlyWhenTheirMessageOrEvidenceIsRead()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(typeof(CountsItsFailures)), AssessedPortfolio.AsOf);
        CountsItsFailures.Verdicts.ShouldBe(4);

        // The finding's rule, severity and subject come from the slot: the rule is not asked.
        var finding = result.Findings.ShouldHaveSingleItem();
        (finding.Rule.Id, finding.Severity, finding.Outcome.SubjectId, finding.Outcome.ProjectId, finding.Outcome.Status)
            .ShouldBe(("ASK-005", Severity.High, "P-10", "P-10", OutcomeStatus.Failed));
        CountsItsFailures.Verdicts.ShouldBe(4);

        // Its message and evidence are the verdict made again, once for the outcome read.
        var outcome = finding.Outcome;
        outcome.Message.ShouldBe("Sponsored by Ann.");
        outcome.Evidence.ShouldHaveSingleItem().ShouldBe(new Evidence { Field = "sponsor", Value = "Ann" });
        CountsItsFailures.Verdicts.ShouldBe(5);

        // A copy with another message keeps the verdict's evidence; the outcome read again is the same outcome.
        var copy = outcome with { Message = "Reworded." };
        (copy.Message, copy.Evidence.ShouldHaveSingleItem().Value, copy.MissingField).ShouldBe(("Reworded.", "Ann", null));
        result.Findings[0].ShouldBe(finding);
        result.Findings[0].Outcome.ShouldBe(outcome);

        result.ListWhere(status => status == OutcomeStatus.NotAssessable)
            .Select(notAssessable => (notAssessable.SubjectId, notAssessable.MissingField, notAssessable.Message))
            .ShouldBe([("P-2", "sponsor", "No value for 'sponsor'."), ("Z-1", "sponsor", "No value for 'sponsor'."), ("p-1", "sponsor", "No value for 'sponsor'.")]);
    }

    [Fact]
    public void Run_PortfolioRuleFailure_IsKeptWholeNotDecidedAgainForEachRead()
    {
        // A portfolio's verdict reads all of its projects: made again for each output that reads it, it would cost as much
        // as the rule over every one of them, so it is kept as it was made.
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(typeof(CountsItsPortfolioFailures)), AssessedPortfolio.AsOf);
        var asked = CountsItsPortfolioFailures.Verdicts;

        var finding = result.Findings.ShouldHaveSingleItem();
        (finding.Outcome.SubjectId, finding.Outcome.Message).ShouldBe(("PF-A", AssessedPortfolio.Create().Portfolios[0].Projects.Count + " project(s) looked at."));
        result.Findings[0].Outcome.Evidence.ShouldHaveSingleItem().ShouldBe(new Evidence { Field = "name", Value = "Alpha" });
        result.Outcomes.ShouldHaveSingleItem().Status.ShouldBe(OutcomeStatus.Failed);
        CountsItsPortfolioFailures.Verdicts.ShouldBe(asked);
    }

    [Fact]
    public void Run_PluginRuleDecidingDifferentlyWhenAskedAgain_FailsLoudlyWhenItsFailureIsRead()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(typeof(FailsThenPassesWhenAskedAgain)), AssessedPortfolio.AsOf);

        var finding = result.Findings[0];
        finding.Outcome.SubjectId.ShouldBe("P-10");
        Should.Throw<PluginFaultException>(() => finding.Outcome.Message).Message.ShouldBe(
            "The rule decided differently when asked again about a subject it had failed: a rule must decide from the subject " +
            "and the assessment date alone. Rule=ASK-004, Subject=P-10");
    }

    [Fact]
    public void Run_PluginRuleThrowingWhenAskedAgain_IsAPluginFaultNamingTheRuleAndSubject()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(typeof(ThrowsWhenAskedAgain)), AssessedPortfolio.AsOf);

        var fault = Should.Throw<PluginFaultException>(() => result.Outcomes[0]);
        fault.Message.ShouldBe(
            "The rule threw InvalidOperationException when asked again about a subject it had judged: Asked twice. " +
            "Rule=ASK-003, Source=tests, Subject=P-10");
        fault.InnerException.ShouldBeOfType<InvalidOperationException>();
    }

    [Fact]
    public void Run_RuleRecordingTwiceForASubject_KeepsBothOutcomesWithTheOtherRulesOnes()
    {
        // The second outcome for a subject has no slot: the run takes the general path, which reads the slots' outcomes too.
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(typeof(RecordsTwice), typeof(ActiveProjectHasSponsor)), AssessedPortfolio.AsOf);

        result.Outcomes.Where(outcome => outcome.RuleId == "TWO-001")
            .Select(outcome => (outcome.SubjectId, outcome.Status, outcome.Message, Evidence: outcome.Evidence.Count))
            .OrderBy(outcome => outcome.SubjectId, StringComparer.Ordinal).ThenBy(outcome => outcome.Status)
            .ShouldBe(
            [
                ("P-10", OutcomeStatus.Passed, (string?)null, 1), ("P-10", OutcomeStatus.Failed, "Noted first.", 0),
                ("P-2", OutcomeStatus.Passed, null, 1), ("P-2", OutcomeStatus.Failed, "Noted first.", 0),
                ("Z-1", OutcomeStatus.Passed, null, 1), ("Z-1", OutcomeStatus.Failed, "Noted first.", 0),
                ("p-1", OutcomeStatus.Passed, null, 1), ("p-1", OutcomeStatus.Failed, "Noted first.", 0),
            ]);
        result.Outcomes.Where(outcome => outcome.RuleId == "GOV-001").Select(Describe).ShouldBe(
        [
            "GOV-001|P-10|Passed|", "GOV-001|P-2|Failed|Active project has no sponsor.", "GOV-001|Z-1|NotApplicable|", "GOV-001|p-1|Passed|",
        ]);
        result.Outcomes.Where(outcome => outcome.RuleId == "GOV-001" && outcome.SubjectId == "P-10").ShouldHaveSingleItem()
            .Evidence.ShouldHaveSingleItem().Value.ShouldBe("Ann");
    }

    [Fact]
    public void Run_FindingsReadByPlace_AreTheFindingsMostSevereFirst()
    {
        // Read by place, as the report's scorecard reads them. NOP-001 has no findings and comes just before STA-001, the
        // other low rule: both start at the same place, and the place is STA-001's.
        var findings = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog([.. HealthyRules, typeof(PassesEveryProject)]), AssessedPortfolio.AsOf).Findings;

        Enumerable.Range(0, findings.Count).Select(place => (findings[place].Severity, findings[place].Rule.Id, findings[place].Outcome.SubjectId)).ShouldBe(
        [
            (Severity.Critical, "GOV-001", "P-2"),
            (Severity.High, "RSK-001", "R-1"),
            (Severity.Medium, "DEL-001", "P-10"),
            (Severity.Low, "STA-001", "P-2"),
        ]);
        Should.Throw<ArgumentOutOfRangeException>(() => findings[findings.Count]);
    }

    [Fact]
    public void Run_FailedOutcomes_BecomeFindingsMostSevereFirst()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(HealthyRules), AssessedPortfolio.AsOf);

        result.Findings.Select(finding => (finding.Severity, finding.Rule.Id, finding.Outcome.SubjectId)).ShouldBe(
        [
            (Severity.Critical, "GOV-001", "P-2"),
            (Severity.High, "RSK-001", "R-1"),
            (Severity.Medium, "DEL-001", "P-10"),
            (Severity.Low, "STA-001", "P-2"),
        ]);
        result.Findings.ShouldAllBe(finding => finding.Outcome.Status == OutcomeStatus.Failed);
        result.Findings.ShouldAllBe(finding => finding.Rule.Id == finding.Outcome.RuleId);
        result.Findings.Select(finding => finding.Outcome)
            .ShouldBe(result.Outcomes.Where(outcome => outcome.Status == OutcomeStatus.Failed), ignoreOrder: true);
    }

    [Fact]
    public void Run_ThenAPolicy_KeepsTheFindingsOrderOrSortsThemAgainWhenARuleMoves()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(HealthyRules), AssessedPortfolio.AsOf);
        EffectivePolicy Raising(string rules) => new(new PolicyFile
        {
            File = "pmoassess.yaml",
            Waivers = [],
            Gate = new GateSettings(),
            Severities = [(RulePattern.Parse(rules), Severity.Critical)],
        }, null, null, null);

        PolicyApplication.Apply(result, Raising("GOV-*")).Findings.ShouldBe(result.Findings);
        PolicyApplication.Apply(result, Raising("STA-*")).Findings.Select(finding => (finding.Severity, finding.Rule.Id, finding.Outcome.SubjectId)).ShouldBe(
        [
            (Severity.Critical, "GOV-001", "P-2"),
            (Severity.Critical, "STA-001", "P-2"),
            (Severity.High, "RSK-001", "R-1"),
            (Severity.Medium, "DEL-001", "P-10"),
        ]);
    }

    [Fact]
    public void Run_FindingsOfEqualSeverity_OrderedByRuleThenSubject()
    {
        var dataset = new PortfolioDataset
        {
            Projects =
            [
                new Project { Id = "P-2", Stage = LifecycleStage.Execution, ActualCost = 10m, EarnedValue = 1m },
                new Project { Id = "P-10", Stage = LifecycleStage.Execution, ActualCost = 10m, EarnedValue = 1m },
            ],
        };

        var result = AssessmentRunner.Run(dataset, Catalog(typeof(ActiveProjectHasSponsor), typeof(CostPerformanceAtLeastThreshold)), AssessedPortfolio.AsOf);

        result.Findings.Select(finding => finding.Rule.Id + " " + finding.Outcome.SubjectId).ShouldBe(["GOV-001 P-10", "GOV-001 P-2", "DEL-001 P-10", "DEL-001 P-2"]);
    }

    [Fact]
    public void Run_Result_CarriesAsOfDatasetAndCatalogRules()
    {
        var dataset = AssessedPortfolio.Create();
        var catalog = Catalog(HealthyRules);

        var result = AssessmentRunner.Run(dataset, catalog, AssessedPortfolio.AsOf);

        result.AsOf.ShouldBe(AssessedPortfolio.AsOf);
        result.Dataset.ShouldBeSameAs(dataset);
        result.Rules.Select(rule => rule.Descriptor.Id).ShouldBe(["DEL-001", "GOV-001", "RSK-001", "STA-001"]);
    }

    [Fact]
    public void Run_AsOf_ReachesRulesThroughTheContext()
    {
        var catalog = Catalog(typeof(StatusReportIsCurrent));

        var late = AssessmentRunner.Run(AssessedPortfolio.Create(), catalog, new DateOnly(2026, 3, 31));
        var early = AssessmentRunner.Run(AssessedPortfolio.Create(), catalog, new DateOnly(2026, 2, 20));

        var lateOutcome = Outcome(late, "STA-001", "P-2");
        lateOutcome.Status.ShouldBe(OutcomeStatus.Failed);
        lateOutcome.Message.ShouldBe("Last status report is 45 days old as of 2026-03-31.");
        Outcome(early, "STA-001", "P-2").Status.ShouldBe(OutcomeStatus.Passed);
    }

    [Fact]
    public void Run_SameCatalogTwice_GivesEqualOutcomes()
    {
        var catalog = Catalog(HealthyRules);

        var first = AssessmentRunner.Run(AssessedPortfolio.Create(), catalog, AssessedPortfolio.AsOf);
        var second = AssessmentRunner.Run(AssessedPortfolio.Create(), catalog, AssessedPortfolio.AsOf);

        second.Outcomes.Select(Describe).ShouldBe(first.Outcomes.Select(Describe));
    }

    [Fact]
    public void Run_MoreFactsThanOneSessionTakes_EachSubjectGetsItsOneOutcomeFromItsPart()
    {
        // 12,001 projects are three sessions' parts of 5,000 facts, taken from the dataset as the sessions start: every
        // third project (by number) is active with no sponsor, every seventh closed, so each part holds all three kinds.
        var projects = Enumerable.Range(0, 12_001).Select(number => new Project
        {
            Id = "P-" + number.ToString("D5", CultureInfo.InvariantCulture),
            Stage = number % 7 == 0 ? LifecycleStage.Closed : LifecycleStage.Execution,
            Sponsor = number % 3 == 0 ? null : "Sam",
        }).ToList();

        var result = AssessmentRunner.Run(new PortfolioDataset { Projects = projects }, Catalog(typeof(ActiveProjectHasSponsor)), AssessedPortfolio.AsOf);

        result.Outcomes.Select(outcome => outcome.SubjectId).ShouldBe(projects.Select(project => project.Id));
        result.Outcomes.Select(outcome => outcome.Status).ShouldBe(Enumerable.Range(0, 12_001).Select(number =>
            number % 7 == 0 ? OutcomeStatus.NotApplicable : number % 3 == 0 ? OutcomeStatus.Failed : OutcomeStatus.Passed));
    }

    [Fact]
    public void Run_EmptyDataset_GivesNoOutcomes()
    {
        var result = AssessmentRunner.Run(new PortfolioDataset(), Catalog(HealthyRules), AssessedPortfolio.AsOf);

        result.Outcomes.ShouldBeEmpty();
        result.Findings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(typeof(ThrowsInAssess), "ERR-001", "Assess exploded on P-2.")]
    [InlineData(typeof(ThrowsInAppliesTo), "ERR-002", "AppliesTo exploded on P-2.")]
    public void Run_RuleThrowsOnOneProject_GivesErrorForThatProjectOnly(Type throwingRule, string ruleId, string exceptionMessage)
    {
        var result = AssessmentRunner.Run(
            AssessedPortfolio.Create(), Catalog(typeof(ActiveProjectHasSponsor), throwingRule), AssessedPortfolio.AsOf);

        result.Outcomes.Where(outcome => outcome.RuleId == ruleId).Select(outcome => (outcome.SubjectId, outcome.Status)).ShouldBe(
        [
            ("P-10", OutcomeStatus.Passed),
            ("P-2", OutcomeStatus.Error),
            ("Z-1", OutcomeStatus.Passed),
            ("p-1", OutcomeStatus.Passed),
        ]);
        var error = Outcome(result, ruleId, "P-2");
        error.Message.ShouldBe("The rule threw InvalidOperationException: " + exceptionMessage);
        error.SubjectKind.ShouldBe(EntityKind.Project);
        error.ProjectId.ShouldBe("P-2");
        result.Outcomes.Where(outcome => outcome.RuleId == "GOV-001").Select(outcome => outcome.Status).ShouldBe(
            [OutcomeStatus.Passed, OutcomeStatus.Failed, OutcomeStatus.NotApplicable, OutcomeStatus.Passed]);
        result.Findings.ShouldHaveSingleItem().Outcome.RuleId.ShouldBe("GOV-001");
    }

    [Fact]
    public void Run_SeveralFailingRules_OthersStillGetEveryOutcome()
    {
        var result = AssessmentRunner.Run(
            AssessedPortfolio.Create(), Catalog([.. HealthyRules, typeof(ThrowsInAssess), typeof(ThrowsInAppliesTo)]), AssessedPortfolio.AsOf);

        result.Outcomes.Count.ShouldBe(15 + 4 + 4);
        result.Outcomes.Where(outcome => outcome.Status == OutcomeStatus.Error).Select(outcome => outcome.RuleId + " " + outcome.SubjectId)
            .ShouldBe(["ERR-001 P-2", "ERR-002 P-2"]);
        result.Findings.Count.ShouldBe(4);
        result.Outcomes.GroupBy(outcome => (outcome.RuleId, outcome.SubjectId)).ShouldAllBe(group => group.Count() == 1);
    }

    [Fact]
    public void Run_AssessThrowsItsOwnExceptionWithACause_ReportsTheRulesException()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(typeof(ThrowsWrappedCause)), AssessedPortfolio.AsOf);

        var error = Outcome(result, "ERR-003", "P-2");
        error.Status.ShouldBe(OutcomeStatus.Error);
        error.Message.ShouldBe("The rule threw InvalidOperationException: Rule could not read the budget of P-2.");
    }

    [Fact]
    public void Run_AppliesToThrowsItsOwnExceptionWithACause_ReportsTheRulesException()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(typeof(ThrowsWrappedCause)), AssessedPortfolio.AsOf);

        var error = Outcome(result, "ERR-003", "P-10");
        error.Status.ShouldBe(OutcomeStatus.Error);
        error.Message.ShouldBe("The rule threw InvalidOperationException: Rule could not read the stage of P-10.");
    }

    [Fact]
    public void Run_RuleThrowsExceptionsWithCauses_StillGivesErrorOutcomesForThoseProjectsOnly()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(typeof(ThrowsWrappedCause)), AssessedPortfolio.AsOf);

        result.Outcomes.Select(outcome => (outcome.SubjectId, outcome.Status)).ShouldBe(
        [
            ("P-10", OutcomeStatus.Error),
            ("P-2", OutcomeStatus.Error),
            ("Z-1", OutcomeStatus.Passed),
            ("p-1", OutcomeStatus.Passed),
        ]);
        result.Outcomes.Where(outcome => outcome.Status == OutcomeStatus.Error).ShouldAllBe(outcome => outcome.Message!.StartsWith("The rule threw "));
    }

    [Fact]
    public void Run_UnderGermanCulture_FormatsRuleMessagesInvariantly()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            $"{0.45m}".ShouldBe("0,45");

            var result = AssessmentRunner.Run(AssessedPortfolio.Create(), Catalog(HealthyRules), AssessedPortfolio.AsOf);

            Outcome(result, "DEL-001", "P-10").Message.ShouldBe("CPI is 0.45 against a threshold of 0.9.");
            Outcome(result, "DEL-001", "P-10").Evidence.ShouldHaveSingleItem().Value.ShouldBe("45");
            Outcome(result, "STA-001", "P-2").Message.ShouldBe("Last status report is 45 days old as of 2026-03-31.");
            CultureInfo.CurrentCulture.Name.ShouldBe("de-DE");
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Run_UnderInvariantCulture_CultureSensitiveApplicabilityParsesInvariantly()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

            var result = AssessmentRunner.Run(WeightedDataset(), Catalog(typeof(WeightedProjectRule)), AssessedPortfolio.AsOf);

            result.Outcomes.Select(outcome => (outcome.SubjectId, outcome.Status)).ShouldBe(
                [("P-1", OutcomeStatus.NotApplicable), ("P-2", OutcomeStatus.Passed)]);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Run_UnderGermanCulture_EvaluatesApplicabilityInvariantly()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            decimal.Parse("0.5").ShouldBe(5m);

            var result = AssessmentRunner.Run(WeightedDataset(), Catalog(typeof(WeightedProjectRule)), AssessedPortfolio.AsOf);

            // Under the invariant culture "0.5" is below 1, so P-1 is not applicable, as in the test above.
            result.Outcomes.Select(outcome => (outcome.SubjectId, outcome.Status)).ShouldBe(
                [("P-1", OutcomeStatus.NotApplicable), ("P-2", OutcomeStatus.Passed)]);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Run_NullArguments_Throw()
    {
        var catalog = Catalog(HealthyRules);

        Should.Throw<ArgumentNullException>(() => AssessmentRunner.Run(null!, catalog, AssessedPortfolio.AsOf));
        Should.Throw<ArgumentNullException>(() => AssessmentRunner.Run(new PortfolioDataset(), null!, AssessedPortfolio.AsOf));
    }

    private static PortfolioDataset WeightedDataset() => new()
    {
        Projects =
        [
            new Project { Id = "P-1", CustomFields = new Dictionary<string, string> { ["weight"] = "0.5" } },
            new Project { Id = "P-2", CustomFields = new Dictionary<string, string> { ["weight"] = "2.5" } },
        ],
    };

    private static RuleOutcome Outcome(AssessmentResult result, string ruleId, string subjectId) =>
        result.Outcomes.Single(outcome => outcome.RuleId == ruleId && outcome.SubjectId == subjectId);

    private static string Describe(RuleOutcome outcome) =>
        outcome.RuleId + "|" + outcome.SubjectId + "|" + outcome.Status + "|" + outcome.Message;
}
