using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.TestRules;

/// <summary>TWO-001: records a note on every project before its verdict, so each project has two outcomes (one test uses it).</summary>
public sealed class RecordsTwice : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("TWO-001", Severity.Low, EntityKind.Project);

    protected override Verdict Assess(Project project, IAssessmentContext context)
    {
        context.Record(RuleOutcome.Of(project, "TWO-001", Verdict.Fail("Noted first.")));
        return Verdict.Pass(project.EvidenceOf("sponsor", project.Sponsor));
    }
}
