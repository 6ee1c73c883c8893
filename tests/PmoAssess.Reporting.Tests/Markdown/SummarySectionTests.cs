using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Markdown;
using PmoAssess.Reporting.Model;

namespace PmoAssess.Tests.Reporting.Markdown;

/// <summary>
/// The executive summary counts distinct subjects and projects, and the scorecard counts per project, whichever way a
/// finding names its project: known projects are counted by their place in the report, other ids by id.
/// </summary>
public sealed class SummarySectionTests
{
    private static readonly RuleDescriptor ProjectRule = Rule("GOV-001", EntityKind.Project, Severity.High);
    private static readonly RuleDescriptor RiskRule = Rule("RSK-001", EntityKind.Risk, Severity.Medium);

    [Fact]
    public void Render_FindingsOnKnownAndUnknownProjects_CountsEachSubjectAndProjectOnce()
    {
        var report = Report(
        [
            Found(ProjectRule, EntityKind.Project, "PRJ-1", "PRJ-1"),
            Found(ProjectRule, EntityKind.Project, "PRJ-2", "PRJ-2"),
            // The same project as a subject again, under another string with the same id.
            Found(RiskRule, EntityKind.Project, new string("PRJ-1".ToCharArray()), "PRJ-1"),
            // A project subject whose project field names another project: still the subject PRJ-2.
            Found(RiskRule, EntityKind.Project, "PRJ-2", "PRJ-3"),
            Found(RiskRule, EntityKind.Risk, "RSK-1", "PRJ-3"),
            Found(RiskRule, EntityKind.Risk, "RSK-2", "PRJ-3"),
            // A project no report project has, and a risk with the same id as a project.
            Found(ProjectRule, EntityKind.Project, "PRJ-9", "PRJ-9"),
            Found(RiskRule, EntityKind.Risk, "PRJ-1", "PRJ-9"),
            Found(RiskRule, EntityKind.Risk, "RSK-3", null),
        ]);

        var markdown = MarkdownReportWriter.Render(report);

        // Subjects: projects PRJ-1, PRJ-2, PRJ-9; risks RSK-1, RSK-2, PRJ-1, RSK-3. Projects: PRJ-1, PRJ-2, PRJ-3, PRJ-9.
        markdown.ShouldContain("9 findings across 7 subjects; 4 of the 3 projects have at least one.");
    }

    [Fact]
    public void Scorecard_ProjectsSharingAnId_BothGetTheIdsCounts()
    {
        var report = Report(
            [Found(ProjectRule, EntityKind.Project, "PRJ-2", "PRJ-2"), Found(RiskRule, EntityKind.Risk, "RSK-1", "PRJ-2")],
            [Project("PRJ-1"), Project("PRJ-2"), Project("PRJ-2")]);

        var scorecard = ProjectScore.Scorecard(report);

        scorecard.Select(score => (score.Project.Id, score.High, score.Medium)).ShouldBe([("PRJ-2", 1, 1), ("PRJ-2", 1, 1), ("PRJ-1", 0, 0)]);
    }

    private static AssessmentReport Report(IReadOnlyList<Finding> findings, IReadOnlyList<ReportProject>? projects = null)
    {
        projects ??= [Project("PRJ-1"), Project("PRJ-2"), Project("PRJ-3")];
        return new AssessmentReport
        {
            Engagement = "tally",
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

    private static ReportProject Project(string id) => new() { Id = id };

    private static Finding Found(RuleDescriptor rule, EntityKind kind, string subjectId, string? projectId) => new()
    {
        Rule = rule,
        Severity = rule.Severity,
        Outcome = new RuleOutcome { RuleId = rule.Id, SubjectKind = kind, SubjectId = subjectId, ProjectId = projectId, Status = OutcomeStatus.Failed },
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
