using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Plugins.DeliveryHealth.Rules;

/// <summary>DEL-002: schedule performance index (EV / PV) at least 0.9.</summary>
public sealed class SchedulePerformanceOnTrack : PerformanceIndexRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "DEL-002",
        Title = "Schedule performance index is at least 0.9",
        Description = "For projects in execution or closing, earned value divided by planned value (SPI) is 0.9 or more.",
        Rationale = "An SPI under 0.9 means the project has done less than 90% of the work it planned to have done by now; " +
            "the end date is at risk even if the forecast has not moved yet.",
        Remediation = "Compare the forecast end date with the baseline, identify the slipping work packages and agree a recovery plan with the sponsor.",
        Severity = Severity.Medium,
        Category = "delivery",
        MaturityLevel = 3,
        Tags = ["evm", "schedule"],
        AppliesTo = EntityKind.Project,
    };

    protected override string IndexName => "SPI";

    protected override string DenominatorField => "plannedValue";

    protected override decimal? Denominator(Project project) => project.PlannedValue;
}
