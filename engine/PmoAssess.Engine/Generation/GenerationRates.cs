namespace PmoAssess.Generation;

/// <summary>
/// How often the generated data shows each kind of problem the built-in rules look for, chosen to resemble a large
/// organisation's portfolio register (most projects mostly fine, a steady tail of gaps and slips). Each rate is the
/// probability for one record of the population named, drawn independently per record. Portfolios differ: the
/// generator gives each a laxity (0.5, 0.75, 1, 1.25 or 1.5, in turn) that multiplies the rates of most problems, so
/// that portfolio-level rules pass in some portfolios and fail in others, and the rates hold on average over every five.
/// </summary>
public static class GenerationRates
{
    /// <summary>Risks per project, on average (Poisson).</summary>
    public const double RisksPerProject = 2.5;

    /// <summary>Issues per project, on average (Poisson).</summary>
    public const double IssuesPerProject = 1.0;

    /// <summary>Change requests per project, on average (Poisson).</summary>
    public const double ChangesPerProject = 0.6;

    /// <summary>Milestones per project beyond the first three, on average (Poisson).</summary>
    public const double ExtraMilestonesPerProject = 0.5;

    /// <summary>Allocations per active project, on average (Poisson).</summary>
    public const double AllocationsPerActiveProject = 2.5;

    /// <summary>Projects (any stage) without a sponsor (GOV-001).</summary>
    public const double MissingSponsor = 0.04;

    /// <summary>Projects without a project manager (DQ-102).</summary>
    public const double MissingManager = 0.03;

    /// <summary>Projects with both named whose sponsor is also the manager (GOV-105).</summary>
    public const double SponsorIsManager = 0.02;

    /// <summary>Projects without a life-cycle stage (DQ-101).</summary>
    public const double MissingStage = 0.02;

    /// <summary>Active projects whose last status report is 31 to 120 days old (TRN-001).</summary>
    public const double StaleStatusReport = 0.12;

    /// <summary>Active projects with no status report date.</summary>
    public const double MissingStatusReport = 0.02;

    /// <summary>Projects in execution, closing or closed with a cost performance index between 0.8 and 0.9.</summary>
    public const double CostIndexBelowTarget = 0.17;

    /// <summary>Projects in execution, closing or closed with a cost performance index below 0.8 (DEL-001 too).</summary>
    public const double CostIndexFarBelowTarget = 0.08;

    /// <summary>Projects in execution or closing missing one of earned value, planned value, actual cost or estimate (TRN-108).</summary>
    public const double MissingEarnedValueField = 0.04;

    /// <summary>Projects in execution whose charter is not approved (GOV-002).</summary>
    public const double ExecutionWithoutCharter = 0.04;

    /// <summary>Projects in execution or closing whose business case is not approved (GOV-101).</summary>
    public const double DeliveryWithoutBusinessCase = 0.06;

    /// <summary>Projects whose forecast end is more than 90 days past the baseline end (DEL-103).</summary>
    public const double LongSlip = 0.15;

    /// <summary>Projects in planning or execution whose forecast end has already passed (DEL-104).</summary>
    public const double ForecastInThePast = 0.04;

    /// <summary>Risks without a severity (RSK-105).</summary>
    public const double RiskWithoutSeverity = 0.03;

    /// <summary>Risks rated high or critical.</summary>
    public const double HighOrCriticalRisk = 0.33;

    /// <summary>Risks without an owner (RSK-001, RSK-104).</summary>
    public const double RiskWithoutOwner = 0.06;

    /// <summary>Risks without a mitigation (RSK-001).</summary>
    public const double RiskWithoutMitigation = 0.08;

    /// <summary>Risks on live projects that are open.</summary>
    public const double OpenRisk = 0.7;

    /// <summary>Milestones whose forecast date has passed that were not reached (DEL-105).</summary>
    public const double MilestoneMissedForecast = 0.1;

    /// <summary>Milestones without a baseline date (DQ-111).</summary>
    public const double MilestoneWithoutBaseline = 0.02;

    /// <summary>Gate records without an approver (GOV-106, TRC-106).</summary>
    public const double GateWithoutApprover = 0.05;

    /// <summary>Projects in execution missing the gate between planning and delivery (GOV-107).</summary>
    public const double SkippedGate = 0.04;

    /// <summary>Live projects with a 'kill' gate decision on record (GOV-104).</summary>
    public const double KilledButRunning = 0.005;

    /// <summary>Benefits without an owner (BEN-102).</summary>
    public const double BenefitWithoutOwner = 0.08;

    /// <summary>Allocations above 100% (RES-101).</summary>
    public const double OverAllocation = 0.01;

    /// <summary>Issues without an owner (TRC-107).</summary>
    public const double IssueWithoutOwner = 0.05;
}
