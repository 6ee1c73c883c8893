using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Plugins.Governance.Rules;

/// <summary>TRN-001: every live project has reported its status in the last 30 days.</summary>
public sealed class StatusReportIsCurrent : SubjectRule<Project>
{
    /// <summary>The longest gap between status reports that still counts as current.</summary>
    public const int MaximumAgeInDays = 30;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "TRN-001",
        Title = "Status reports are no older than 30 days",
        Description = "Every active project's last status report is at most 30 days old on the assessment date.",
        Rationale = "Decisions are only as good as the information behind them. A portfolio view built on reports " +
            "older than a month shows the board a picture that may no longer be true.",
        Remediation = "Ask the project manager for a status report now and agree a monthly (or faster) reporting cycle.",
        Severity = Severity.Medium,
        Category = "transparency",
        MaturityLevel = 2,
        Tags = ["reporting"],
        AppliesTo = EntityKind.Project,
    };

    protected override bool AppliesTo(Project project) => project.IsActive;

    protected override Verdict Assess(Project project, IAssessmentContext context)
    {
        if (project.LastStatusReport is not { } reported)
        {
            return Verdict.NotAssessable(project.EvidenceOf("lastStatusReport"));
        }

        var age = context.AsOf.DayNumber - reported.DayNumber;
        var evidence = project.EvidenceOf("lastStatusReport", reported);
        return age <= MaximumAgeInDays
            ? Verdict.Pass(evidence)
            : Verdict.Fail(FormattableString.Invariant($"The last status report is {age} days old (limit {MaximumAgeInDays})."), evidence);
    }
}
