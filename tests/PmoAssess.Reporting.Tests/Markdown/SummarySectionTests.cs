using PmoAssess.Facts;
using PmoAssess.Reporting.Markdown;
using static PmoAssess.Tests.Reporting.Model.HandMadeReport;

namespace PmoAssess.Tests.Reporting.Markdown;

/// <summary>
/// The executive summary counts distinct subjects and projects whichever way a finding names its project: known
/// projects are counted by their place in the report, other ids by id.
/// </summary>
public sealed class SummarySectionTests
{
    [Fact]
    public void Render_FindingsOnKnownAndUnknownProjects_CountsEachSubjectAndProjectOnce()
    {
        var report = Of(
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
    public void Render_KnownProjectsWithoutFindings_AreNotCounted()
    {
        var report = Of(
            [Found(ProjectRule, EntityKind.Project, "PRJ-2", "PRJ-2"), Found(RiskRule, EntityKind.Risk, "RSK-1", "PRJ-2")],
            [Project("PRJ-1"), Project("PRJ-2"), Project("PRJ-3")]);

        var markdown = MarkdownReportWriter.Render(report);

        // Only PRJ-2 has findings: on itself and on its risk.
        markdown.ShouldContain("2 findings across 2 subjects; 1 of the 3 projects have at least one.");
    }
}
