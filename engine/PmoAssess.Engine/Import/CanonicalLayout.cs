using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Import;

/// <summary>
/// The canonical layout: one CSV file per entity with snake_case headers, or one JSON document
/// with the same names. Documented in Import/README.md; keep the two in step. Each column's kind
/// matches the <see cref="RecordFields"/> read <see cref="FactFactory"/> makes of it.
/// </summary>
internal static class CanonicalLayout
{
    public static readonly EntityLayout Portfolios = new(EntityKind.Portfolio, "portfolios", [Text("id"), Text("name"), Text("owner")]);

    public static readonly EntityLayout Projects = new(EntityKind.Project, "projects",
    [
        Text("id"), Text("name"), Text("portfolio"), Text("programme"), Enumeration<LifecycleStage>("stage"), Text("sponsor"), Text("manager"),
        Date("baseline_start"), Date("baseline_end"), Date("forecast_end"),
        Number("budget_at_completion"), Number("actual_cost"), Number("earned_value"), Number("planned_value"), Number("estimate_at_completion"),
        Enumeration<DeliveryConfidence>("delivery_confidence"), Date("last_status_report"), Boolean("charter_approved"), Boolean("business_case_approved"),
    ], KeepsCustomFields: true);

    public static readonly EntityLayout Risks = Child(EntityKind.Risk, "risks",
        Text("title"), Enumeration<Severity>("severity"), Enumeration<ItemStatus>("status"), Text("owner"), Text("mitigation"), Date("last_reviewed"));

    public static readonly EntityLayout Issues = Child(EntityKind.Issue, "issues",
        Text("title"), Enumeration<Severity>("priority"), Enumeration<ItemStatus>("status"), Text("owner"), Date("raised"), Date("resolved"));

    public static readonly EntityLayout Changes = Child(EntityKind.ChangeRequest, "changes",
        Text("title"), Enumeration<ChangeStatus>("status"), Text("approver"), Date("decided"), Number("cost_impact"), Integer("schedule_impact_days"));

    public static readonly EntityLayout Milestones = Child(EntityKind.Milestone, "milestones",
        Text("name"), Date("baseline_date"), Date("forecast_date"), Date("actual_date"));

    public static readonly EntityLayout Gates = Child(EntityKind.Gate, "gates",
        Text("gate"), Enumeration<GateDecision>("decision"), Date("date"), Text("approver"));

    public static readonly EntityLayout Benefits = Child(EntityKind.Benefit, "benefits",
        Text("description"), Text("owner"), Text("measure"), Number("target"), Date("due"));

    public static readonly EntityLayout Allocations = Child(EntityKind.Allocation, "allocations",
        Text("person"), Text("role"), Number("percent"), Date("start"), Date("end"));

    public static readonly EntityLayout Evidence = new(EntityKind.Organisation, "evidence",
        [Text("id"), Text("category"), Text("question"), Text("answer"), Text("note")]);

    /// <summary>The project's child registers, in the order they are read.</summary>
    public static readonly IReadOnlyList<EntityLayout> ProjectChildren = [Risks, Issues, Changes, Milestones, Gates, Benefits, Allocations];

    /// <summary>Every entity, in documentation order.</summary>
    public static readonly IReadOnlyList<EntityLayout> All = [Portfolios, Projects, .. ProjectChildren, Evidence];

    /// <summary>The layout named <paramref name="name"/> (<see cref="EntityLayout.Name"/>, e.g. <c>risks</c>), or <c>null</c>.</summary>
    public static EntityLayout? Find(string name) => All.FirstOrDefault(layout => string.Equals(layout.Name, name, StringComparison.Ordinal));

    /// <summary>The layout of an entity.</summary>
    public static EntityLayout Of(EntityKind kind) => All.First(layout => layout.Kind == kind);

    /// <summary>The canonical field name (camelCase) of a snake_case column, e.g. <c>last_status_report</c> to <c>lastStatusReport</c>.</summary>
    public static string FieldName(string column) =>
        FieldNames.TryGetValue(column, out var name) ? name : FieldNames.GetOrAdd(column, ToFieldName);

    // Every field read looks its name up: computed once per column name rather than per cell.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> FieldNames = new(StringComparer.Ordinal);

    private static string ToFieldName(string column)
    {
        var parts = column.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select((part, index) => index == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
    }

    private static EntityLayout Child(EntityKind kind, string name, params CanonicalColumn[] columns) =>
        new(kind, name, [Text("id"), Text("project"), .. columns]);

    private static CanonicalColumn Text(string name) => new(name, FieldKind.Text);

    private static CanonicalColumn Date(string name) => new(name, FieldKind.Date);

    private static CanonicalColumn Number(string name) => new(name, FieldKind.Number);

    private static CanonicalColumn Integer(string name) => new(name, FieldKind.Integer);

    private static CanonicalColumn Boolean(string name) => new(name, FieldKind.Boolean);

    private static CanonicalColumn Enumeration<TEnum>(string name)
        where TEnum : struct, Enum => new(name, FieldKind.Enumeration, typeof(TEnum));
}

/// <summary>The columns of one entity in the canonical layout.</summary>
/// <param name="Kind">The entity.</param>
/// <param name="Name">The CSV file name without extension, and the JSON property holding the records.</param>
/// <param name="Fields">The columns with their kinds, in documentation order.</param>
/// <param name="KeepsCustomFields">Whether unknown columns become custom fields (projects) or are an error (everything else).</param>
internal sealed record EntityLayout(EntityKind Kind, string Name, IReadOnlyList<CanonicalColumn> Fields, bool KeepsCustomFields = false)
{
    /// <summary>The snake_case columns, in documentation order.</summary>
    public IReadOnlyList<string> Columns { get; } = [.. Fields.Select(field => field.Name)];

    public string FileName => Name + ".csv";

    /// <summary>Whether each record names its project in a <c>project</c> column (the project's registers).</summary>
    public bool IsProjectChild => Knows("project");

    public bool Knows(string column) => Columns.Contains(column, StringComparer.Ordinal);

    /// <summary>The column named <paramref name="column"/>, or <c>null</c>.</summary>
    public CanonicalColumn? Field(string column) => Fields.FirstOrDefault(field => string.Equals(field.Name, column, StringComparison.Ordinal));

    /// <summary>The kind of value <paramref name="column"/> holds.</summary>
    /// <exception cref="ArgumentException">The entity has no such column.</exception>
    public FieldKind KindOf(string column) =>
        Field(column)?.Kind ?? throw new ArgumentException("The " + Name + " have no column '" + column + "'.", nameof(column));
}
