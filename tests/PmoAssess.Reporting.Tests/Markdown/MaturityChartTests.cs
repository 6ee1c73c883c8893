using PmoAssess.Reporting.Html;
using PmoAssess.Reporting.Markdown;
using PmoAssess.Tests.Reporting.Json;

namespace PmoAssess.Tests.Reporting.Markdown;

/// <summary>The chart of maturity levels: Mermaid in report.md, an inline SVG in its place in report.html.</summary>
public sealed class MaturityChartTests
{
    [Fact]
    public void Render_WithMaturity_DrawsOneMermaidBarPerCategory()
    {
        var report = ContosoFindings.Report;
        var maturity = report.Maturity.ShouldNotBeNull();

        var markdown = MarkdownReportWriter.Render(report);

        var levels = string.Join(", ", maturity.Categories.Select(category => category.Level ?? 0));
        var names = string.Join(", ", maturity.Categories.Select(category => "\"" + category.Category.Name + "\""));
        markdown.ShouldContain("```mermaid\nxychart-beta\n    title \"Maturity by category\"\n    x-axis [" + names + "]\n    y-axis \"Level\" 0 --> 5\n    bar [" + levels + "]\n```\n");
    }

    [Fact]
    public void RenderHtml_WithMaturity_ShowsTheSvgAndNotTheMermaidSource()
    {
        var html = HtmlReportWriter.Render(ContosoFindings.Report);

        html.ShouldContain("<svg");
        html.ShouldNotContain("xychart-beta");
        html.ShouldNotContain("language-mermaid");
    }
}
