using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Testing.Tests.TestRules;

/// <summary>Fails every project with the assessment date it saw, so a test can read the date back.</summary>
public sealed class AsOfEcho : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "TST-DATE",
        Title = "Reports the assessment date",
        Severity = Severity.Info,
        Category = "test",
        AppliesTo = EntityKind.Project,
    };

    protected override Verdict Assess(Project project, IAssessmentContext context) =>
        Verdict.Fail(FormattableString.Invariant($"As of {context.AsOf:yyyy-MM-dd}."));
}
