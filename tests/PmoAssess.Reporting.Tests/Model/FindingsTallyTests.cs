using PmoAssess.Outcomes;
using PmoAssess.Reporting.Markdown;
using PmoAssess.Reporting.Model;
using PmoAssess.Tests.Reporting.Sarif;

namespace PmoAssess.Tests.Reporting.Model;

/// <summary>
/// The assessment's own findings list tells each finding's subject without making its outcome; what report.md counts of
/// it is what it counts of a plain list of the same findings, which reads each outcome.
/// </summary>
public sealed class FindingsTallyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Report_TheAssessmentsOwnFindings_CountsAsAPlainListOfThemDoes(bool projectsOutOfIdOrder)
    {
        var report = projectsOutOfIdOrder ? ContosoReport.Assess(ContosoWithProjectsReversed()) : ContosoReport.Fresh();
        report.Findings.ShouldBeAssignableTo<IFindingList>();
        var read = report with { Findings = [.. report.Findings] };

        // The summary counts subjects, projects and severities, and the scorecard each project's findings by severity.
        MarkdownReportWriter.Render(report).ShouldBe(MarkdownReportWriter.Render(read));
        ProjectScore.Scorecard(report).Select(Scored).ShouldBe(ProjectScore.Scorecard(read).Select(Scored));
        ProjectScore.Scorecard(report).Count(score => score.High + score.Medium + score.Low > 0).ShouldBeGreaterThan(1);
    }

    [Fact]
    public void RulesAndSeverities_OfTheAssessmentsOwnFindings_AreThoseOfTheFindingsMade()
    {
        var findings = ContosoReport.Fresh().Findings;
        findings.ShouldBeAssignableTo<IFindingList>();

        findings.RulesAndSeverities().Select(told => (told.Rule, told.Severity))
            .ShouldBe(findings.Select(made => (made.Rule, made.Severity)));
        findings.Select(made => made.Severity).Distinct().Count().ShouldBeGreaterThan(1, "findings of more than one severity are told");
    }

    private static string Scored(ProjectScore score) => $"{score.Project.Id} {score.Critical} {score.High} {score.Medium} {score.Low} {score.Info}";

    // The Contoso sample with its projects listed last to first: their places in the report are no longer those in id order.
    private string ContosoWithProjectsReversed()
    {
        var sample = RepositoryRoot.Combine("samples", "contoso");
        foreach (var file in Directory.EnumerateFiles(sample, "*.csv"))
        {
            File.Copy(file, _folder.Combine(Path.GetFileName(file)));
        }

        var lines = File.ReadAllLines(Path.Combine(sample, "projects.csv"));
        File.WriteAllLines(_folder.Combine("projects.csv"), [lines[0], .. lines.Skip(1).Reverse()]);
        return _folder.Path;
    }
}
