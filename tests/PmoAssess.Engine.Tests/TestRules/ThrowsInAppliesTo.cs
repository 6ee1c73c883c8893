using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.TestRules;

/// <summary>ERR-002: its applicability test throws on P-2; every other project passes.</summary>
public sealed class ThrowsInAppliesTo : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("ERR-002", Severity.Critical, EntityKind.Project);

    protected override bool AppliesTo(Project project) =>
        project.Id == "P-2" ? throw new InvalidOperationException("AppliesTo exploded on P-2.") : true;

    protected override Verdict Assess(Project project, IAssessmentContext context) => Verdict.Pass();
}
