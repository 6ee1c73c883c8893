using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Plugins.Governance.Rules;
using static PmoAssess.Plugins.Governance.Tests.RuleHarness;

namespace PmoAssess.Plugins.Governance.Tests.Rules;

public sealed class ExecutionProjectHasApprovedCharterTests
{
    [Fact]
    public void Assess_ExecutionProjectWithApprovedCharter_Passes()
    {
        var outcome = Assess<ExecutionProjectHasApprovedCharter>(
            new Project { Id = "PRJ-1", Stage = LifecycleStage.Execution, CharterApproved = true });

        outcome.Status.ShouldBe(OutcomeStatus.Passed);
        outcome.Message.ShouldBeNull();
        outcome.Evidence.ShouldBe([EvidenceOf("charterApproved", "true")]);
    }

    [Fact]
    public void Assess_ExecutionProjectWithUnapprovedCharter_Fails()
    {
        var outcome = Assess<ExecutionProjectHasApprovedCharter>(
            new Project { Id = "PRJ-1", Stage = LifecycleStage.Execution, CharterApproved = false });

        outcome.RuleId.ShouldBe("GOV-002");
        outcome.ProjectId.ShouldBe("PRJ-1");
        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Message.ShouldBe("The project is in execution but its charter is not approved.");
        outcome.MissingField.ShouldBeNull();
        outcome.Evidence.ShouldBe([EvidenceOf("charterApproved", "false")]);
    }

    [Fact]
    public void Assess_ExecutionProjectWithUnknownCharterApproval_IsNotAssessable()
    {
        var outcome = Assess<ExecutionProjectHasApprovedCharter>(
            new Project { Id = "PRJ-1", Stage = LifecycleStage.Execution, CharterApproved = null });

        outcome.Status.ShouldBe(OutcomeStatus.NotAssessable);
        outcome.MissingField.ShouldBe("charterApproved");
        outcome.Message.ShouldBe("No value for 'charterApproved'.");
        outcome.Evidence.ShouldBe([EvidenceOf("charterApproved", null)]);
    }

    [Theory]
    [InlineData(LifecycleStage.Initiation)]
    [InlineData(LifecycleStage.Planning)]
    [InlineData(LifecycleStage.Closing)]
    [InlineData(LifecycleStage.Closed)]
    public void Assess_UnapprovedCharterOutsideExecution_IsNotApplicable(LifecycleStage stage)
    {
        var outcome = Assess<ExecutionProjectHasApprovedCharter>(new Project { Id = "PRJ-1", Stage = stage, CharterApproved = false });

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
        outcome.Evidence.ShouldBeEmpty();
    }

    [Fact]
    public void Assess_ProjectWithUnknownStage_IsNotApplicable()
    {
        var outcome = Assess<ExecutionProjectHasApprovedCharter>(new Project { Id = "PRJ-1", Stage = null, CharterApproved = false });

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
    }
}
