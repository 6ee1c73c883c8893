using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Plugins.Governance.Rules;
using PmoAssess.Testing.Tests.TestRules;

namespace PmoAssess.Testing.Tests;

public sealed class RuleScenarioResultTests
{
    private static readonly DateOnly AsOf = new(2026, 9, 30);

    // One of each outcome of GOV-002 (projects in execution have an approved charter).
    private static readonly RuleScenarioResult Charters = RuleHarness.For<ExecutionProjectHasApprovedCharter>()
        .AsOf(AsOf)
        .Given(
            new Project { Id = "PASS", Stage = LifecycleStage.Execution, CharterApproved = true },
            new Project { Id = "FAIL", Stage = LifecycleStage.Execution, CharterApproved = false },
            new Project { Id = "BLANK", Stage = LifecycleStage.Execution, Source = BlankCharterCell() },
            new Project { Id = "PLAN", Stage = LifecycleStage.Planning })
        .Run();

    [Fact]
    public void OutcomeFor_AssessedSubject_ReturnsItsOutcome()
    {
        var outcome = Charters.OutcomeFor("GOV-002", "FAIL");

        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.SubjectKind.ShouldBe(EntityKind.Project);
    }

    [Fact]
    public void OutcomeFor_UnknownRule_ThrowsListingTheRulesRun()
    {
        var exception = Should.Throw<RuleAssertionException>(() => Charters.OutcomeFor("GOV-009", "PASS"));

        exception.Message.ShouldBe("No rule GOV-009 ran in this scenario. Rules run: GOV-002.");
        exception.RuleId.ShouldBe("GOV-009");
        exception.Actual.ShouldBeNull();
    }

    [Fact]
    public void OutcomeFor_UnknownSubject_ThrowsListingTheSubjectsAssessed()
    {
        var exception = Should.Throw<RuleAssertionException>(() => Charters.OutcomeFor("GOV-002", "PAS"));

        exception.Message.ShouldBe(
            "GOV-002 has no outcome for subject PAS: the scenario has no Project with that id. " +
            "Subjects it assessed: BLANK (NotAssessable), FAIL (Failed), PASS (Passed), PLAN (NotApplicable).");
        exception.SubjectId.ShouldBe("PAS");
    }

    [Fact]
    public void OutcomeFor_NoFactOfTheRulesKind_ThrowsSayingSo()
    {
        var result = RuleHarness.For<HighRiskHasOwnerAndMitigation>().Given(new Project { Id = "P1" }).Run();

        Should.Throw<RuleAssertionException>(() => result.OutcomeFor("RSK-001", "R1")).Message
            .ShouldBe("RSK-001 has no outcome for subject R1: it assessed nothing, because the scenario has no fact of the kind it assesses.");
    }

    [Fact]
    public void OutcomesOf_Rule_ReturnsOneOutcomePerSubjectInOrder()
    {
        Charters.OutcomesOf("GOV-002").Select(outcome => outcome.SubjectId).ShouldBe(["BLANK", "FAIL", "PASS", "PLAN"]);
    }

    [Fact]
    public void ShouldPass_PassedOutcome_ReturnsIt()
    {
        Charters.ShouldPass("GOV-002", "PASS").Evidence.ShouldBe([new Evidence { Field = "charterApproved", Value = "true" }]);
    }

    [Fact]
    public void ShouldPass_FailedOutcome_ThrowsShowingRuleSubjectExpectedAndActual()
    {
        var exception = Should.Throw<RuleAssertionException>(() => Charters.ShouldPass("GOV-002", "FAIL"));

        exception.Message.ShouldBe(
            """
            GOV-002 on Project FAIL: expected Passed, but it was Failed ("The project is in execution but its charter is not approved.").
              Rule:     GOV-002 Projects in execution have an approved charter
              Subject:  Project FAIL
              Expected: Passed
              Actual:   Failed
                Message:      "The project is in execution but its charter is not approved."
                MissingField: (none)
                Evidence:     charterApproved = "false"
              AsOf:     2026-09-30
            """.ReplaceLineEndings(Environment.NewLine));
        exception.RuleId.ShouldBe("GOV-002");
        exception.SubjectId.ShouldBe("FAIL");
        exception.Actual.ShouldNotBeNull().Status.ShouldBe(OutcomeStatus.Failed);
    }

    [Fact]
    public void ShouldPass_NotApplicableOutcome_Throws()
    {
        Should.Throw<RuleAssertionException>(() => Charters.ShouldPass("GOV-002", "PLAN"))
            .Message.ShouldStartWith("GOV-002 on Project PLAN: expected Passed, but it was NotApplicable.");
    }

    [Fact]
    public void ShouldPass_ErrorOutcome_ThrowsShowingWhatTheRuleThrew()
    {
        var result = RuleHarness.For<ThrowingRule>().Given(new Project { Id = "P1" }).Run();

        var message = Should.Throw<RuleAssertionException>(() => result.ShouldPass("TST-ERR", "P1")).Message;

        message.ShouldStartWith("TST-ERR on Project P1: expected Passed, but it was Error (");
        message.ShouldContain("Budget lookup failed.");
        message.ShouldContain("  Actual:   Error");
    }

    [Fact]
    public void ShouldFail_FailedOutcome_ReturnsIt()
    {
        Charters.ShouldFail("GOV-002", "FAIL").Message.ShouldBe("The project is in execution but its charter is not approved.");
    }

    [Fact]
    public void ShouldFail_MessageContainsTheText_ReturnsIt()
    {
        Charters.ShouldFail("GOV-002", "FAIL", "charter is not approved").SubjectId.ShouldBe("FAIL");
    }

    [Fact]
    public void ShouldFail_MessageLacksTheText_ThrowsShowingBothTexts()
    {
        var message = Should.Throw<RuleAssertionException>(() => Charters.ShouldFail("GOV-002", "FAIL", "no sponsor")).Message;

        message.ShouldStartWith(
            "GOV-002 on Project FAIL: expected Failed, with a message containing \"no sponsor\", " +
            "but it was Failed (\"The project is in execution but its charter is not approved.\").");
        message.ShouldContain("  Expected: Failed, with a message containing \"no sponsor\"");
    }

    [Fact]
    public void ShouldFail_PassedOutcome_ThrowsShowingTheEvidence()
    {
        var message = Should.Throw<RuleAssertionException>(() => Charters.ShouldFail("GOV-002", "PASS")).Message;

        message.ShouldStartWith("GOV-002 on Project PASS: expected Failed, but it was Passed.");
        message.ShouldContain("    Message:      (none)");
        message.ShouldContain("    Evidence:     charterApproved = \"true\"");
    }

    [Fact]
    public void ShouldBeNotAssessable_MissingField_ReturnsTheOutcomeWithTheCell()
    {
        var outcome = Charters.ShouldBeNotAssessable("GOV-002", "BLANK", "charterApproved");

        outcome.Evidence.ShouldBe([new Evidence { Field = "charterApproved", File = "projects.csv", Row = 4, Column = "charter_approved", Value = "" }]);
    }

    [Fact]
    public void ShouldBeNotAssessable_OtherFieldMissing_ThrowsShowingBothFields()
    {
        var message = Should.Throw<RuleAssertionException>(() => Charters.ShouldBeNotAssessable("GOV-002", "BLANK", "sponsor")).Message;

        message.ShouldStartWith(
            "GOV-002 on Project BLANK: expected NotAssessable, missing field \"sponsor\", " +
            "but it was NotAssessable, missing field \"charterApproved\" (\"No value for 'charterApproved'.\").");
        message.ShouldContain("    MissingField: \"charterApproved\"");
        message.ShouldContain("    Evidence:     charterApproved = \"\" (projects.csv, row 4, column charter_approved)");
    }

    [Fact]
    public void ShouldBeNotAssessable_FailedOutcome_Throws()
    {
        Should.Throw<RuleAssertionException>(() => Charters.ShouldBeNotAssessable("GOV-002", "FAIL", "charterApproved"))
            .Message.ShouldContain("  Actual:   Failed");
    }

    [Fact]
    public void ShouldBeNotApplicable_RuleDoesNotApply_ReturnsTheOutcome()
    {
        Charters.ShouldBeNotApplicable("GOV-002", "PLAN").Evidence.ShouldBeEmpty();
    }

    [Fact]
    public void ShouldBeNotApplicable_RuleApplied_ThrowsShowingTheOutcome()
    {
        var message = Should.Throw<RuleAssertionException>(() => Charters.ShouldBeNotApplicable("GOV-002", "PASS")).Message;

        message.ShouldStartWith("GOV-002 on Project PASS: expected NotApplicable, but it was Passed.");
        message.ShouldContain("  Expected: NotApplicable");
    }

    [Fact]
    public void ShouldFail_ChildSubject_NamesItsProject()
    {
        var result = RuleHarness.For<HighRiskHasOwnerAndMitigation>()
            .Given(new Project { Id = "P1", Risks = [new Risk { Id = "R1", ProjectId = "P1", Status = ItemStatus.Open, Severity = Severity.Critical, Owner = "Ann", Mitigation = "Plan B" }] })
            .Run();

        Should.Throw<RuleAssertionException>(() => result.ShouldFail("RSK-001", "R1"))
            .Message.ShouldContain("  Subject:  Risk R1 (project P1)");
    }

    private static SourceRow BlankCharterCell() => new("projects.csv", 4, new Dictionary<string, SourceCell>
    {
        ["charterApproved"] = new() { Column = "charter_approved", Value = "" },
    });
}
