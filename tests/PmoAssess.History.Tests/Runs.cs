using PmoAssess.Facts;
using PmoAssess.History;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;

namespace PmoAssess.Tests.History;

/// <summary>Runs to record and compare, built in a line: levels by category, findings by rule and subject.</summary>
internal static class Runs
{
    public static readonly DateTimeOffset Noon = new(2026, 10, 15, 12, 0, 0, TimeSpan.Zero);

    public static RunRecord Run(
        string asOf = "2026-09-30",
        string engagement = "contoso",
        string? methodology = "pmo-functions",
        (string Id, int? Level)[]? levels = null,
        RecordedFinding[]? findings = null,
        RecordedRule[]? rules = null,
        bool? gatePassed = true) => new()
    {
        RecordedAt = Noon,
        AsOf = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture),
        Engagement = engagement,
        ToolVersion = "0.1.0",
        MethodologyId = methodology,
        MethodologyVersion = methodology is null ? null : "1.0.0",
        Overall = levels?.Min(level => level.Level),
        PolicySha256 = "ab12",
        GatePassed = gatePassed,
        ProjectCount = 3,
        Sources = [new DataSource { File = "projects.csv", Sha256 = "d3fe", Records = 3 }],
        RuleSources = ["plugin pmoassess.governance 0.1.0", "ruleset governance 1.0.0"],
        Categories = [.. (levels ?? [("governance", 1), ("transparency", 0)]).Select(level => new RecordedCategory
        {
            Id = level.Id,
            Name = char.ToUpperInvariant(level.Id[0]) + level.Id[1..],
            Level = level.Level,
        })],
        Rules = rules ?? [Rule("GOV-001", passed: 2, failed: 1), Rule("TRN-001", passed: 3, failed: 0)],
        Findings = findings ?? [Finding("GOV-001", "PRJ-001")],
    };

    public static RecordedFinding Finding(string rule, string subject, Severity severity = Severity.High, EntityKind kind = EntityKind.Project,
        FindingState state = FindingState.Open, string? message = null) => new()
    {
        RuleId = rule,
        SubjectKind = kind,
        SubjectId = subject,
        ProjectId = kind == EntityKind.Project ? subject : "PRJ-001",
        Severity = severity,
        State = state,
        Message = message ?? rule + " fails on " + subject + ".",
    };

    public static RecordedRule Rule(string id, int passed, int failed, int notAssessable = 0) => new()
    {
        Id = id,
        Title = "Rule " + id,
        Category = "governance",
        Severity = Severity.High,
        Passed = passed,
        Failed = failed,
        NotApplicable = 1,
        NotAssessable = notAssessable,
        Errors = 0,
    };
}
