using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Abstractions.Facts;

public sealed class FactIdentityTests
{
    [Fact]
    public void Equals_TwoProjectsWithSameFields_AreDifferentFacts()
    {
        var first = new Project { Id = "P1", Name = "Same" };
        var second = new Project { Id = "P1", Name = "Same" };

        first.Equals(second).ShouldBeFalse();
    }

    [Fact]
    public void Run_TwoFieldIdenticalRisksInOneSession_BothAssessed()
    {
        // NRules throws on inserting a fact equal to one already in the session; facts with value
        // equality would make two identical rows of a client's register crash the assessment.
        Risk NewRisk() => new() { Id = "R1", ProjectId = "P1", Severity = Severity.High, Status = ItemStatus.Open, Owner = "Ann", Mitigation = "Plan" };
        var project = new Project { Id = "P1", Stage = LifecycleStage.Execution, Risks = [NewRisk(), NewRisk()] };
        var catalog = new RuleCatalogBuilder().Add(typeof(RiskHasOwner), "test").Build();

        var result = AssessmentRunner.Run(new PortfolioDataset { Projects = [project] }, catalog, new DateOnly(2026, 9, 30));

        result.Outcomes.Count(outcome => outcome.Status == OutcomeStatus.Passed).ShouldBe(2);
    }

    [Fact]
    public void EvidenceOf_FieldWithoutSource_ReportsValueSeenInInvariantForm()
    {
        var project = new Project { Id = "P1", LastStatusReport = new DateOnly(2026, 9, 1), ActualCost = 1250000.5m };

        project.EvidenceOf("lastStatusReport", project.LastStatusReport).ShouldBe(new Evidence { Field = "lastStatusReport", Value = "2026-09-01" });
        project.EvidenceOf("actualCost", project.ActualCost).Value.ShouldBe("1250000.5");
        project.EvidenceOf("sponsor").Value.ShouldBeNull();
    }

    public sealed class RiskHasOwner : SubjectRule<Risk>
    {
        public override RuleDescriptor Descriptor { get; } = new()
        {
            Id = "T-001", Title = "Risks have owners", Severity = Severity.Low, Category = "risk", AppliesTo = EntityKind.Risk,
        };

        protected override Verdict Assess(Risk subject, IAssessmentContext context) =>
            subject.Owner is null ? Verdict.Fail("No owner.") : Verdict.Pass();
    }
}
