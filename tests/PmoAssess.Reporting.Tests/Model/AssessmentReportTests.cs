using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Markdown;
using PmoAssess.Reporting.Model;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Reporting.Model;

public sealed class AssessmentReportTests
{
    [Fact]
    public void FindingCounts_CountEachSeverityOnce_AndLeaveOutSeveritiesWithoutFindings()
    {
        var findings = new CountedFindings(
        [
            HandMadeReport.Found(HandMadeReport.ProjectRule, EntityKind.Project, "PRJ-1", "PRJ-1"),
            HandMadeReport.Found(HandMadeReport.ProjectRule, EntityKind.Project, "PRJ-2", "PRJ-2"),
            HandMadeReport.Found(HandMadeReport.RiskRule, EntityKind.Risk, "RSK-1", "PRJ-1"),
        ]);
        var report = HandMadeReport.Of(findings);
        findings.Reads = 0;

        var first = report.FindingCounts;
        var readsToCount = findings.Reads;
        var second = report.FindingCounts;

        Assert.Equal(new Dictionary<Severity, int> { [Severity.High] = 2, [Severity.Medium] = 1 }, first);
        Assert.Same(first, second);
        Assert.Equal(3, readsToCount);
        Assert.Equal(3, findings.Reads);
    }

    [Fact]
    public void FindingCounts_OfACopyWithOtherFindings_CountThoseFindings()
    {
        var report = HandMadeReport.Of([HandMadeReport.Found(HandMadeReport.ProjectRule, EntityKind.Project, "PRJ-1", "PRJ-1")]);
        _ = report.FindingCounts;

        var copy = report with { Findings = [HandMadeReport.Found(HandMadeReport.RiskRule, EntityKind.Risk, "RSK-1", "PRJ-1")] };

        Assert.Equal(new Dictionary<Severity, int> { [Severity.Medium] = 1 }, copy.FindingCounts);
        Assert.Equal(new Dictionary<Severity, int> { [Severity.High] = 1 }, report.FindingCounts);
    }

    [Fact]
    public void From_ProjectNamedByItsId_IsLabelledByItOnce()
    {
        Project[] projects = [new() { Id = "Armour MBT 2025", Name = "Armour MBT 2025" }, new() { Id = "PRJ-2", Name = "Billing" }];
        var dataset = new PortfolioDataset { Projects = projects, Portfolios = [new Portfolio { Id = "PF-1", Projects = projects }] };
        var result = AssessmentRunner.Run(dataset, new RuleCatalogBuilder().Build(), new DateOnly(2026, 9, 30));

        var report = AssessmentReport.From(result, "gmpp", []);

        ReportText.SubjectText(EntityKind.Project, "Armour MBT 2025", "Armour MBT 2025", report).ShouldBe("Project Armour MBT 2025");
        ReportText.SubjectText(EntityKind.Project, "PRJ-2", "PRJ-2", report).ShouldBe("Project PRJ-2 Billing");
    }

    /// <summary>Findings that count how often one is read, as a list whose findings are made when read would make them.</summary>
    private sealed class CountedFindings(IReadOnlyList<Finding> findings) : IReadOnlyList<Finding>
    {
        public int Reads { get; set; }

        public int Count => findings.Count;

        public Finding this[int index]
        {
            get
            {
                Reads++;
                return findings[index];
            }
        }

        public IEnumerator<Finding> GetEnumerator()
        {
            for (var index = 0; index < Count; index++)
            {
                yield return this[index];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
