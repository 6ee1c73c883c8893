using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.TestRules;

/// <summary>ERR-001: applies to every project, passes all of them but throws on P-2.</summary>
public sealed class ThrowsInAssess : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("ERR-001", Severity.Critical, EntityKind.Project);

    protected override Verdict Assess(Project project, IAssessmentContext context) =>
        project.Id == "P-2" ? throw new InvalidOperationException("Assess exploded on P-2.") : Verdict.Pass();
}
