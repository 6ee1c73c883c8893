using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Reporting.Html;

/// <summary>
/// Writes <c>report.html</c>: the canonical Markdown report rendered by Markdig into one self-contained page
/// that prints well to PDF, with the maturity levels drawn as an inline SVG chart.
/// </summary>
/// <remarks>
/// User text is escaped when the Markdown is written; the pipeline also refuses raw HTML, so markup that
/// slipped through the escaping would still render as text.
/// </remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    /// <summary>The id Markdig's auto-identifiers give the <c>## Maturity</c> heading.</summary>
    private const string MaturityHeadingId = "maturity";

    // Built once and frozen: a Markdig pipeline is immutable and safe to share between threads.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "html";

    public string FileName => "report.html";

    public void Write(AssessmentReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Utf8NoBom.GetBytes(Render(report)));
    }

    /// <summary>Renders the report as an HTML page.</summary>
    public static string Render(AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = Markdig.Markdown.Parse(Markdown.MarkdownReportWriter.Render(report), Pipeline);
        var chart = report.Maturity is { } maturity ? (After: ChartPlace(document), Svg: MaturityChart.Render(maturity)) : default;

        using var page = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        HtmlPage.WriteStart(page, "PMO assessment: " + report.Engagement, "PmoAssess " + report.ToolVersion);
        var renderer = new HtmlRenderer(page);
        Pipeline.Setup(renderer);

        // Top-level blocks one by one, so the chart goes in after its block without editing Markdig's tree.
        foreach (var block in document)
        {
            if (block is FencedCodeBlock { Info: "mermaid" })
            {
                // The Markdown's Mermaid chart: this page draws the same levels as an inline SVG instead.
                continue;
            }

            renderer.Render(block);
            if (chart.After is not null && ReferenceEquals(block, chart.After))
            {
                renderer.EnsureLine();
                page.Write(chart.Svg);
            }
        }

        renderer.EnsureLine();
        HtmlPage.WriteEnd(page);
        return page.ToString();
    }

    /// <summary>
    /// The block the chart follows: the maturity section's first table (the levels it draws), or its first
    /// paragraph, or its heading; <c>null</c> when the document has no maturity section.
    /// </summary>
    private static Block? ChartPlace(MarkdownDocument document)
    {
        var heading = document.OfType<HeadingBlock>()
            .FirstOrDefault(candidate => candidate.Level == 2 && candidate.GetAttributes().Id == MaturityHeadingId);
        if (heading is null)
        {
            return null;
        }

        var section = document.Skip(document.IndexOf(heading) + 1).TakeWhile(block => block is not HeadingBlock { Level: <= 2 }).ToList();
        return section.OfType<Table>().FirstOrDefault() ?? section.OfType<ParagraphBlock>().FirstOrDefault() ?? (Block)heading;
    }
}
