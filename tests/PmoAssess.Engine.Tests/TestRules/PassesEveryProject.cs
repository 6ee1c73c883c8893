using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.TestRules;

/// <summary>NOP-001 (low): passes every project, so it has no findings among rules that have some.</summary>
public sealed class PassesEveryProject : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("NOP-001", Severity.Low, EntityKind.Project);

    protected override Verdict Assess(Project project, IAssessmentContext context) => Verdict.Pass();
}
