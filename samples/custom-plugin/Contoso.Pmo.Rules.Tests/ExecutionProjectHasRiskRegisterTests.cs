using PmoAssess.Facts;
using PmoAssess.Testing;

namespace Contoso.Pmo.Rules.Tests;

public sealed class ExecutionProjectHasRiskRegisterTests
{
    [Fact]
    public void Assess_ExecutionProjectWithAClosedRisk_Passes()
    {
        var project = new Project
        {
            Id = "P1",
            Stage = LifecycleStage.Execution,
            Risks = [new Risk { Id = "R1", ProjectId = "P1", Status = ItemStatus.Closed }],
        };

        var outcome = RuleHarness.For<ExecutionProjectHasRiskRegister>().Given(project).Run().ShouldPass("CON-002", "P1");

        Assert.Equal("1", Assert.Single(outcome.Evidence).Value);
    }

    [Fact]
    public void Assess_ExecutionProjectWithEmptyRegister_Fails()
    {
        RuleHarness.For<ExecutionProjectHasRiskRegister>()
            .Given(new Project { Id = "P1", Stage = LifecycleStage.Execution })
            .Run()
            .ShouldFail("CON-002", "P1", "risk register is empty");
    }

    [Theory]
    [InlineData(LifecycleStage.Initiation)]
    [InlineData(LifecycleStage.Planning)]
    [InlineData(LifecycleStage.Closing)]
    [InlineData(LifecycleStage.Closed)]
    public void Assess_ProjectNotInExecution_IsNotApplicable(LifecycleStage stage)
    {
        RuleHarness.For<ExecutionProjectHasRiskRegister>()
            .Given(new Project { Id = "P1", Stage = stage })
            .Run()
            .ShouldBeNotApplicable("CON-002", "P1");
    }
}
