using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace Contoso.Pmo.Rules;

/// <summary>CON-003: a milestone past its baseline date without an actual date is overdue.</summary>
public sealed class MilestoneIsNotOverdue : SubjectRule<Milestone>
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "CON-003",
        Title = "Milestones are not overdue",
        Description = "A milestone that has not been reached (no actual date) is overdue once its baseline date is before the assessment date.",
        Rationale = "A milestone that slips past its baseline without being reached is the earliest visible sign of schedule trouble. " +
            "A board that sees overdue milestones early can still act; one that sees them at the next gate usually cannot.",
        Remediation = "If the milestone was reached, record its actual date. If not, agree a new forecast with the sponsor and, " +
            "if the baseline has to move, raise a change request.",
        Severity = Severity.Medium,
        Category = "delivery",
        MaturityLevel = 2,
        Tags = ["schedule", "milestones"],
        AppliesTo = EntityKind.Milestone,
    };

    // Reached milestones are not applicable: this rule is about the ones still outstanding.
    /// <inheritdoc />
    protected override bool AppliesTo(Milestone milestone) => milestone.ActualDate is null;

    /// <inheritdoc />
    protected override Verdict Assess(Milestone milestone, IAssessmentContext context)
    {
        if (milestone.BaselineDate is not { } baseline)
        {
            return Verdict.NotAssessable(milestone.EvidenceOf("baselineDate"));
        }

        // The date comes from the assessment, never from the clock, so that re-running an assessment gives the same result.
        var daysLate = context.AsOf.DayNumber - baseline.DayNumber;
        Evidence[] evidence = [milestone.EvidenceOf("baselineDate", baseline), milestone.EvidenceOf("actualDate")];
        if (daysLate <= 0)
        {
            return Verdict.Pass(evidence);
        }

        var forecast = milestone.ForecastDate is { } date ? FormattableString.Invariant($"; the forecast is {date:yyyy-MM-dd}") : string.Empty;
        var days = daysLate == 1 ? "1 day" : FormattableString.Invariant($"{daysLate} days");
        return Verdict.Fail(FormattableString.Invariant($"The milestone was due on {baseline:yyyy-MM-dd} and is {days} overdue{forecast}."), evidence);
    }
}
