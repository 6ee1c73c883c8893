using PmoAssess.Facts;
using PmoAssess.Testing;

namespace Contoso.Pmo.Rules.Tests;

public sealed class LargeProjectHasApprovedBusinessCaseTests
{
    [Theory]
    [InlineData(LifecycleStage.Planning)]
    [InlineData(LifecycleStage.Execution)]
    [InlineData(LifecycleStage.Closing)]
    public void Assess_LargeProjectWithApprovedBusinessCase_Passes(LifecycleStage stage)
    {
        RuleHarness.For<LargeProjectHasApprovedBusinessCase>()
            .Given(new Project { Id = "P1", Stage = stage, BudgetAtCompletion = 4_300_000m, BusinessCaseApproved = true })
            .Run()
            .ShouldPass("CON-001", "P1");
    }

    [Fact]
    public void Assess_LargeProjectWithoutApprovedBusinessCase_FailsNamingTheBudget()
    {
        RuleHarness.For<LargeProjectHasApprovedBusinessCase>()
            .Given(new Project { Id = "P1", Stage = LifecycleStage.Execution, BudgetAtCompletion = 1_000_000.01m, BusinessCaseApproved = false })
            .Run()
            .ShouldFail("CON-001", "P1", "The budget is £1,000,000, over £1,000,000, but the business case is not approved.");
    }

    [Fact]
    public void Assess_BudgetMissing_IsNotAssessable()
    {
        RuleHarness.For<LargeProjectHasApprovedBusinessCase>()
            .Given(new Project { Id = "P1", Stage = LifecycleStage.Execution, BusinessCaseApproved = false })
            .Run()
            .ShouldBeNotAssessable("CON-001", "P1", "budgetAtCompletion");
    }

    [Fact]
    public void Assess_ApprovalMissing_IsNotAssessable()
    {
        RuleHarness.For<LargeProjectHasApprovedBusinessCase>()
            .Given(new Project { Id = "P1", Stage = LifecycleStage.Planning, BudgetAtCompletion = 2_000_000m })
            .Run()
            .ShouldBeNotAssessable("CON-001", "P1", "businessCaseApproved");
    }

    [Fact]
    public void Assess_BudgetExactlyOneMillion_IsNotApplicable()
    {
        RuleHarness.For<LargeProjectHasApprovedBusinessCase>()
            .Given(new Project { Id = "P1", Stage = LifecycleStage.Execution, BudgetAtCompletion = 1_000_000m, BusinessCaseApproved = false })
            .Run()
            .ShouldBeNotApplicable("CON-001", "P1");
    }

    [Theory]
    [InlineData(LifecycleStage.Initiation)]
    [InlineData(LifecycleStage.Closed)]
    public void Assess_LargeProjectBeforeG1OrClosed_IsNotApplicable(LifecycleStage stage)
    {
        RuleHarness.For<LargeProjectHasApprovedBusinessCase>()
            .Given(new Project { Id = "P1", Stage = stage, BudgetAtCompletion = 5_000_000m, BusinessCaseApproved = false })
            .Run()
            .ShouldBeNotApplicable("CON-001", "P1");
    }
}
