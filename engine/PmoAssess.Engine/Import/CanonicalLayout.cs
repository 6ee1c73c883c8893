using PmoAssess.Facts;

namespace PmoAssess.Import;

/// <summary>
/// The canonical layout: one CSV file per entity with snake_case headers, or one JSON document
/// with the same names. Documented in Import/README.md; keep the two in step.
/// </summary>
internal static class CanonicalLayout
{
    public static readonly EntityLayout Portfolios = new(EntityKind.Portfolio, "portfolios", ["id", "name", "owner"]);

    public static readonly EntityLayout Projects = new(EntityKind.Project, "projects",
    [
        "id", "name", "portfolio", "programme", "stage", "sponsor", "manager",
        "baseline_start", "baseline_end", "forecast_end",
        "budget_at_completion", "actual_cost", "earned_value", "planned_value", "estimate_at_completion",
        "delivery_confidence", "last_status_report", "charter_approved", "business_case_approved",
    ], KeepsCustomFields: true);

    public static readonly EntityLayout Risks = Child(EntityKind.Risk, "risks", "title", "severity", "status", "owner", "mitigation", "last_reviewed");
    public static readonly EntityLayout Issues = Child(EntityKind.Issue, "issues", "title", "priority", "status", "owner", "raised", "resolved");
    public static readonly EntityLayout Changes = Child(EntityKind.ChangeRequest, "changes", "title", "status", "approver", "decided", "cost_impact", "schedule_impact_days");
    public static readonly EntityLayout Milestones = Child(EntityKind.Milestone, "milestones", "name", "baseline_date", "forecast_date", "actual_date");
    public static readonly EntityLayout Gates = Child(EntityKind.Gate, "gates", "gate", "decision", "date", "approver");
    public static readonly EntityLayout Benefits = Child(EntityKind.Benefit, "benefits", "description", "owner", "measure", "target", "due");
    public static readonly EntityLayout Allocations = Child(EntityKind.Allocation, "allocations", "person", "role", "percent", "start", "end");

    public static readonly EntityLayout Evidence = new(EntityKind.Organisation, "evidence", ["id", "category", "question", "answer", "note"]);

    /// <summary>The project's child registers, in the order they are read.</summary>
    public static readonly IReadOnlyList<EntityLayout> ProjectChildren = [Risks, Issues, Changes, Milestones, Gates, Benefits, Allocations];

    /// <summary>The canonical field name (camelCase) of a snake_case column, e.g. <c>last_status_report</c> to <c>lastStatusReport</c>.</summary>
    public static string FieldName(string column)
    {
        var parts = column.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select((part, index) => index == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
    }

    private static EntityLayout Child(EntityKind kind, string name, params string[] columns) =>
        new(kind, name, ["id", "project", .. columns]);
}

/// <summary>The columns of one entity in the canonical layout.</summary>
/// <param name="Kind">The entity.</param>
/// <param name="Name">The CSV file name without extension, and the JSON property holding the records.</param>
/// <param name="Columns">The snake_case columns, in documentation order.</param>
/// <param name="KeepsCustomFields">Whether unknown columns become custom fields (projects) or are an error (everything else).</param>
internal sealed record EntityLayout(EntityKind Kind, string Name, IReadOnlyList<string> Columns, bool KeepsCustomFields = false)
{
    public string FileName => Name + ".csv";

    public bool Knows(string column) => Columns.Contains(column, StringComparer.Ordinal);
}
