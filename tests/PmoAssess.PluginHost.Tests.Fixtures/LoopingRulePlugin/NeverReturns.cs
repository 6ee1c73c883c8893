using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Fixtures.LoopingRule;

/// <summary>FIX-LOOP-001: never returns, and never looks at a cancellation token (it sleeps, to spare the CPU).</summary>
public sealed class NeverReturns : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "FIX-LOOP-001",
        Title = "Never returns",
        Severity = Severity.Medium,
        Category = "fixtures",
        AppliesTo = EntityKind.Project,
    };

    protected override Verdict Assess(Project project, IAssessmentContext context)
    {
        while (true)
        {
            Thread.Sleep(50);
        }
    }
}
