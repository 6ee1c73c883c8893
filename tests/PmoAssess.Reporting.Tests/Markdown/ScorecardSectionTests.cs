using System.Globalization;
using PmoAssess.Facts;
using PmoAssess.Reporting.Markdown;
using static PmoAssess.Tests.Reporting.Model.HandMadeReport;

namespace PmoAssess.Tests.Reporting.Markdown;

/// <summary>The appendix lists every project by id, whether or not the dataset listed them so.</summary>
public sealed class ScorecardSectionTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_MoreProjectsThanTheBodyShows_AppendixListsThemById(bool datasetInIdOrder)
    {
        var ids = Enumerable.Range(1, MarkdownReportWriter.ScorecardRows + 10).Select(index => "PRJ-" + index.ToString("D3", CultureInfo.InvariantCulture)).ToList();
        var projects = (datasetInIdOrder ? ids : Enumerable.Reverse(ids)).Select(Project).ToList();
        var report = Of([Found(ProjectRule, EntityKind.Project, "PRJ-007", "PRJ-007")], projects);

        var outline = ReportOutline.Of(MarkdownReportWriter.Render(report));

        outline.TablesUnder("Appendix", "Every project").ShouldHaveSingleItem().FirstCells.ShouldBe(ids);
    }
}
