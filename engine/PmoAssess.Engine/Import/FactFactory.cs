using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Import;

/// <summary>
/// Builds facts from records, canonical or mapped; one method per entity. Each fact's source is read last: a mapped
/// record knows which of its cells could not be read only once every field has been read.
/// </summary>
internal static class FactFactory
{
    public static Portfolio Portfolio(IRecordFields fields) => new()
    {
        Id = fields.Id,
        Name = fields.Text("name"),
        Owner = fields.Text("owner"),
        ReadFrom = fields.Place(),
    };

    public static OrganisationEvidence Evidence(IRecordFields fields) => new()
    {
        Id = fields.Id,
        Category = fields.Text("category"),
        Question = fields.Text("question"),
        Answer = fields.Text("answer"),
        Note = fields.Text("note"),
        ReadFrom = fields.Place(),
    };

    /// <summary>The project of <paramref name="fields"/>, with the children <paramref name="registers"/> hold for its id.</summary>
    public static Project Project(IRecordFields fields, ProjectRegisters registers)
    {
        var id = fields.Id;
        return new()
        {
            Id = id,
            Name = fields.Text("name"),
            PortfolioId = fields.Text("portfolio"),
            Programme = fields.Text("programme"),
            Stage = fields.Enum<LifecycleStage>("stage"),
            Sponsor = fields.Text("sponsor"),
            Manager = fields.Text("manager"),
            BaselineStart = fields.Date("baseline_start"),
            BaselineEnd = fields.Date("baseline_end"),
            ForecastEnd = fields.Date("forecast_end"),
            BudgetAtCompletion = fields.Decimal("budget_at_completion"),
            ActualCost = fields.Decimal("actual_cost"),
            EarnedValue = fields.Decimal("earned_value"),
            PlannedValue = fields.Decimal("planned_value"),
            EstimateAtCompletion = fields.Decimal("estimate_at_completion"),
            DeliveryConfidence = fields.Enum<DeliveryConfidence>("delivery_confidence"),
            LastStatusReport = fields.Date("last_status_report"),
            CharterApproved = fields.Boolean("charter_approved"),
            BusinessCaseApproved = fields.Boolean("business_case_approved"),
            CustomFields = fields.CustomFields(),
            Risks = registers.Of<Risk>(id),
            Issues = registers.Of<Issue>(id),
            Changes = registers.Of<ChangeRequest>(id),
            Milestones = registers.Of<Milestone>(id),
            Gates = registers.Of<StageGate>(id),
            Benefits = registers.Of<Benefit>(id),
            Allocations = registers.Of<ResourceAllocation>(id),
            ReadFrom = fields.Place(),
        };
    }

    public static ProjectChild Child(EntityKind kind, IRecordFields fields, string projectId) => kind switch
    {
        EntityKind.Risk => new Risk
        {
            Id = fields.Id, ProjectId = projectId,
            Title = fields.Text("title"),
            Severity = fields.Enum<Severity>("severity"),
            Status = fields.Enum<ItemStatus>("status"),
            Owner = fields.Text("owner"),
            Mitigation = fields.Text("mitigation"),
            LastReviewed = fields.Date("last_reviewed"),
            ReadFrom = fields.Place(),
        },
        EntityKind.Issue => new Issue
        {
            Id = fields.Id, ProjectId = projectId,
            Title = fields.Text("title"),
            Priority = fields.Enum<Severity>("priority"),
            Status = fields.Enum<ItemStatus>("status"),
            Owner = fields.Text("owner"),
            Raised = fields.Date("raised"),
            Resolved = fields.Date("resolved"),
            ReadFrom = fields.Place(),
        },
        EntityKind.ChangeRequest => new ChangeRequest
        {
            Id = fields.Id, ProjectId = projectId,
            Title = fields.Text("title"),
            Status = fields.Enum<ChangeStatus>("status"),
            Approver = fields.Text("approver"),
            Decided = fields.Date("decided"),
            CostImpact = fields.Decimal("cost_impact"),
            ScheduleImpactDays = fields.Integer("schedule_impact_days"),
            ReadFrom = fields.Place(),
        },
        EntityKind.Milestone => new Milestone
        {
            Id = fields.Id, ProjectId = projectId,
            Name = fields.Text("name"),
            BaselineDate = fields.Date("baseline_date"),
            ForecastDate = fields.Date("forecast_date"),
            ActualDate = fields.Date("actual_date"),
            ReadFrom = fields.Place(),
        },
        EntityKind.Gate => new StageGate
        {
            Id = fields.Id, ProjectId = projectId,
            Gate = fields.Text("gate"),
            Decision = fields.Enum<GateDecision>("decision"),
            Date = fields.Date("date"),
            Approver = fields.Text("approver"),
            ReadFrom = fields.Place(),
        },
        EntityKind.Benefit => new Benefit
        {
            Id = fields.Id, ProjectId = projectId,
            Description = fields.Text("description"),
            Owner = fields.Text("owner"),
            Measure = fields.Text("measure"),
            Target = fields.Decimal("target"),
            Due = fields.Date("due"),
            ReadFrom = fields.Place(),
        },
        EntityKind.Allocation => new ResourceAllocation
        {
            Id = fields.Id, ProjectId = projectId,
            Person = fields.Text("person"),
            Role = fields.Text("role"),
            Percent = fields.Decimal("percent"),
            Start = fields.Date("start"),
            End = fields.Date("end"),
            ReadFrom = fields.Place(),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a project register."),
    };
}
