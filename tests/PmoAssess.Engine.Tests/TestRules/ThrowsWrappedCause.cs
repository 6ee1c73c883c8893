using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.TestRules;

/// <summary>
/// ERR-003: throws an exception of its own that wraps a lower-level cause: from its applicability test on P-10,
/// and from its assessment on P-2.
/// </summary>
public sealed class ThrowsWrappedCause : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("ERR-003", Severity.Critical, EntityKind.Project);

    protected override bool AppliesTo(Project project) =>
        project.Id == "P-10"
            ? throw new InvalidOperationException("Rule could not read the stage of P-10.", new FormatException("Low-level parse failure."))
            : true;

    protected override Verdict Assess(Project project, IAssessmentContext context) =>
        project.Id == "P-2"
            ? throw new InvalidOperationException("Rule could not read the budget of P-2.", new FormatException("Low-level parse failure."))
            : Verdict.Pass();
}
