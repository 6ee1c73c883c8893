using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.TestRules;

/// <summary>STA-001 (low): active projects reported status within 30 days of the assessment's as-of date.</summary>
public sealed class StatusReportIsCurrent : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("STA-001", Severity.Low, EntityKind.Project);

    protected override bool AppliesTo(Project project) => project.IsActive;

    protected override Verdict Assess(Project project, IAssessmentContext context)
    {
        if (project.LastStatusReport is not { } last)
        {
            return Verdict.NotAssessable(project.EvidenceOf("lastStatusReport"));
        }

        var days = context.AsOf.DayNumber - last.DayNumber;
        return days > 30
            ? Verdict.Fail($"Last status report is {days} days old as of {context.AsOf:yyyy-MM-dd}.", project.EvidenceOf("lastStatusReport", last))
            : Verdict.Pass();
    }
}
