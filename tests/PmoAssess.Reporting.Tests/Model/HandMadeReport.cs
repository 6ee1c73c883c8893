using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;

namespace PmoAssess.Tests.Reporting.Model;

/// <summary>Reports made by hand from a few findings and projects, for the counts a report makes of them.</summary>
internal static class HandMadeReport
{
    public static readonly RuleDescriptor ProjectRule = Rule("GOV-001", EntityKind.Project, Severity.High);

    public static readonly RuleDescriptor RiskRule = Rule("RSK-001", EntityKind.Risk, Severity.Medium);

    /// <summary>A report of <paramref name="findings"/> on <paramref name="projects"/> (by default PRJ-1 to PRJ-3).</summary>
    public static AssessmentReport Of(IReadOnlyList<Finding> findings, IReadOnlyList<ReportProject>? projects = null)
    {
        projects ??= [Project("PRJ-1"), Project("PRJ-2"), Project("PRJ-3")];
        return new AssessmentReport
        {
            Engagement = "hand-made",
            AsOf = new DateOnly(2026, 9, 30),
            Sources = [],
            RuleSources = ["test"],
            ProjectCount = projects.Count,
            PortfolioCount = 1,
            Projects = projects,
            ProjectNames = new Dictionary<string, string>(),
            Rules = [Summary(ProjectRule, findings), Summary(RiskRule, findings)],
            Findings = findings,
            NotAssessable = [],
            Errors = [],
            Outcomes = [.. findings.Select(finding => finding.Outcome)],
        };
    }

    public static ReportProject Project(string id) => new() { Id = id };

    public static Finding Found(RuleDescriptor rule, EntityKind kind, string subjectId, string? projectId) => new()
    {
        Rule = rule,
        Severity = rule.Severity,
        Outcome = new RuleOutcome { RuleId = rule.Id, SubjectKind = kind, SubjectId = subjectId, ProjectId = projectId, Status = OutcomeStatus.Failed },
    };

    private static RuleSummary Summary(RuleDescriptor rule, IReadOnlyList<Finding> findings) => new()
    {
        Rule = rule,
        Source = "test",
        Passed = 0,
        Failed = findings.Count(finding => finding.Rule == rule),
        NotApplicable = 0,
        NotAssessable = 0,
        Errors = 0,
    };

    private static RuleDescriptor Rule(string id, EntityKind appliesTo, Severity severity) => new()
    {
        Id = id,
        Title = id + " holds",
        Severity = severity,
        Category = "governance",
        AppliesTo = appliesTo,
    };
}
