using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.TestRules;

/// <summary>DUP-001 on projects: shares its id with <see cref="DuplicateIdRiskRule"/>.</summary>
public sealed class DuplicateIdProjectRule : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("DUP-001", Severity.Low, EntityKind.Project);

    protected override Verdict Assess(Project subject, IAssessmentContext context) => Verdict.Pass();
}

/// <summary>DUP-001 on risks: shares its id with <see cref="DuplicateIdProjectRule"/>.</summary>
public sealed class DuplicateIdRiskRule : SubjectRule<Risk>
{
    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("DUP-001", Severity.High, EntityKind.Risk);

    protected override Verdict Assess(Risk subject, IAssessmentContext context) => Verdict.Pass();
}
