using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.TestRules;

/// <summary>aud-001: a lower-case id, which sorts after upper-case ids ordinally but before them by culture.</summary>
public sealed class LowerCaseIdRule : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("aud-001", Severity.Info, EntityKind.Project);

    protected override Verdict Assess(Project subject, IAssessmentContext context) => Verdict.Pass();
}
