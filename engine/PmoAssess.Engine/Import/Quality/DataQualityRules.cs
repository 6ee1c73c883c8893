using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Import.Quality;

/// <summary>
/// The checks made while a client's data is read through a mapping. What they find are failed outcomes like any
/// rule's, so severities, waivers, baselines, SARIF and JUnit treat them the same way. They apply to any record;
/// <see cref="RuleDescriptor.AppliesTo"/> says project because most client data is.
/// </summary>
public static class DataQualityRules
{
    /// <summary>The category every data-quality check belongs to (the built-in data-quality ruleset's too).</summary>
    public const string Category = "data-quality";

    /// <summary>Where these rules come from, as <c>rules list</c> and the report name it.</summary>
    public const string Source = "import";

    /// <summary>A value that does not read as its field's type.</summary>
    public static readonly RuleDescriptor UnreadableValue = Rule("DQ-001", "Values read as their field's type", Severity.Medium,
        "Every mapped cell reads as its field's type: a date in one of the mapping's formats, a number or an amount of money, one of the field's values.",
        "A value that cannot be read is a value nobody can act on: the rules that need it cannot judge the record.",
        "Correct the cell in the source system, or teach the mapping the format (dateFormats, values, money, otherwise: not-given for stated non-answers).");

    /// <summary>A record without an id, or a child record without its project.</summary>
    public static readonly RuleDescriptor MissingRequiredValue = Rule("DQ-002", "Records have an id (and child records their project)", Severity.High,
        "Every row has an id, and every risk, issue, change, milestone, gate, benefit and allocation names its project.",
        "A record without an id cannot be tracked between assessments; a child record without its project is invisible to the project's rules.",
        "Fill in the id (or the project) in the source system; the row is left out of the assessment until then.");

    /// <summary>Two records of one entity with the same id.</summary>
    public static readonly RuleDescriptor DuplicateId = Rule("DQ-003", "Ids are unique", Severity.High,
        "No two records of the same kind share an id.",
        "Two records with one id make every finding about that id ambiguous; the second is left out of the assessment.",
        "Give each record its own id in the source system, or remove the duplicate row.");

    /// <summary>A child record whose project does not exist, or a project whose portfolio does not.</summary>
    public static readonly RuleDescriptor OrphanRecord = Rule("DQ-004", "Records belong to a project (or portfolio) that exists", Severity.Medium,
        "Every child record names a project in the data, and every project names a portfolio in the data when portfolios are given.",
        "An orphan record is usually a typo or a closed project's leftovers; either way no project's rules see it.",
        "Correct the project (or portfolio) reference in the source system, or remove the record.");

    /// <summary>A date before 1900 or after 2199.</summary>
    public static readonly RuleDescriptor DateOutOfRange = Rule("DQ-005", "Dates are plausible", Severity.Medium,
        "Every date lies between 1900-01-01 and 2199-12-31.",
        "A date outside that range is almost always a typing or export error (a two-digit year, a serial number read as a year).",
        "Correct the date in the source system; check the mapping's dateFormats if many dates are affected.");

    /// <summary>A row with more or fewer cells than the header.</summary>
    public static readonly RuleDescriptor RowShape = Rule("DQ-006", "Rows have as many cells as the header", Severity.Low,
        "Every row has exactly one cell per header column.",
        "A short or long row usually means a stray delimiter or a broken line, so cells may have slid into the wrong columns.",
        "Check the row in the source file; quote cells that contain the delimiter.");

    /// <summary>Every data-quality rule, ordered by id.</summary>
    public static readonly IReadOnlyList<RuleDescriptor> All = [UnreadableValue, MissingRequiredValue, DuplicateId, OrphanRecord, DateOutOfRange, RowShape];

    private static RuleDescriptor Rule(string id, string title, Severity severity, string description, string rationale, string remediation) => new()
    {
        Id = id,
        Title = title,
        Description = description,
        Rationale = rationale,
        Remediation = remediation,
        Severity = severity,
        Category = Category,
        MaturityLevel = 1,
        Tags = ["import"],
        AppliesTo = EntityKind.Project,
    };
}
