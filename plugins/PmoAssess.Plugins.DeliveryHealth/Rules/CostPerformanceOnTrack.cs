using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Plugins.DeliveryHealth.Rules;

/// <summary>DEL-001: cost performance index (EV / AC) at least 0.9.</summary>
public sealed class CostPerformanceOnTrack : PerformanceIndexRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "DEL-001",
        Title = "Cost performance index is at least 0.9",
        Description = "For projects in execution or closing, earned value divided by actual cost (CPI) is 0.9 or more.",
        Rationale = "A CPI under 0.9 means every pound spent is buying less than 90 pence of planned work. " +
            "Overruns of that size rarely recover on their own and usually grow as the project goes on.",
        Remediation = "Re-forecast the estimate at completion, find the cause of the overrun, and take a recovery plan or re-baseline to the sponsor.",
        Severity = Severity.Medium,
        Category = "delivery",
        MaturityLevel = 3,
        Tags = ["evm", "cost"],
        AppliesTo = EntityKind.Project,
    };

    protected override string IndexName => "CPI";

    protected override string DenominatorField => "actualCost";

    protected override decimal? Denominator(Project project) => project.ActualCost;
}
