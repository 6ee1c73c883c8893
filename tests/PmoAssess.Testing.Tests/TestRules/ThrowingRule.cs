using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Testing.Tests.TestRules;

/// <summary>A rule with a bug: it throws on every project, which the engine records as an error outcome.</summary>
public sealed class ThrowingRule : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "TST-ERR",
        Title = "Throws on every project",
        Severity = Severity.Low,
        Category = "test",
        AppliesTo = EntityKind.Project,
    };

    protected override Verdict Assess(Project project, IAssessmentContext context) =>
        throw new InvalidOperationException("Budget lookup failed.");
}
