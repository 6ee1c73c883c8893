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
/// that prints well to PDF, with the maturity levels, and their trend over the last runs, drawn as inline SVG charts.
/// </summary>
/// <remarks>
/// User text is escaped when the Markdown is written; the pipeline also refuses raw HTML, so markup that
/// slipped through the escaping would still render as text.
/// </remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    /// <summary>The id Markdig's auto-identifiers give the <c>## Maturity</c> heading.</summary>
    private const string MaturityHeadingId = "maturity";

    /// <summary>The id Markdig's auto-identifiers give the <c>## Since the last assessment</c> heading.</summary>
    private const string HistoryHeadingId = "since-the-last-assessment";

    // Built once and frozen: a Markdig pipeline is immutable and safe to share between threads.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "html";

    public string FileName => "report.html";

    public void Write(AssessmentReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        // Straight to the stream: the page of a large assessment runs to megabytes, and a string of it would be copied twice.
        using var page = new InvariantStreamWriter(output) { NewLine = "\n" };
        Render(report, page);
    }

    /// <summary>Renders the report as an HTML page.</summary>
    public static string Render(AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var page = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Render(report, page);
        return page.ToString();
    }

    private static void Render(AssessmentReport report, TextWriter page)
    {
        var document = Markdig.Markdown.Parse(Markdown.MarkdownReportWriter.Render(report), Pipeline);
        var chart = report.Maturity is { } maturity ? (After: ChartPlace(document), Svg: MaturityChart.Render(maturity)) : default;
        var trend = report.History is { } history ? (Replaces: SectionMermaid(document, HistoryHeadingId), Svg: TrendChart.Render(
            history, Markdown.HistorySection.TrendLabels(history.Trend), Markdown.HistorySection.TopLevel(report, history))) : default;

        HtmlPage.WriteStart(page, "PMO assessment: " + report.Engagement, "PmoAssess " + report.ToolVersion);
        var renderer = new HtmlRenderer(page);
        Pipeline.Setup(renderer);

        // Top-level blocks one by one, so the chart goes in after its block without editing Markdig's tree.
        foreach (var block in document)
        {
            if (block is FencedCodeBlock { Info: "mermaid" })
            {
                // The Markdown's Mermaid charts: this page draws the same levels as inline SVG instead. The maturity
                // chart follows its table (below); the trend chart takes its Mermaid chart's place.
                if (trend.Replaces is not null && ReferenceEquals(block, trend.Replaces))
                {
                    renderer.EnsureLine();
                    page.Write(trend.Svg);
                }

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
    }

    /// <summary>The first Mermaid chart in the section under the H2 heading <paramref name="headingId"/>, if any.</summary>
    private static FencedCodeBlock? SectionMermaid(MarkdownDocument document, string headingId)
    {
        var heading = document.OfType<HeadingBlock>()
            .FirstOrDefault(candidate => candidate.Level == 2 && candidate.GetAttributes().Id == headingId);
        return heading is null
            ? null
            : document.Skip(document.IndexOf(heading) + 1).TakeWhile(block => block is not HeadingBlock { Level: <= 2 })
                .OfType<FencedCodeBlock>().FirstOrDefault(block => block.Info == "mermaid");
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

    /// <summary>A stream writer that formats as the <see cref="StringWriter"/> of <see cref="Render(AssessmentReport)"/> does.</summary>
    private sealed class InvariantStreamWriter(Stream output) : StreamWriter(output, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true)
    {
        public override IFormatProvider FormatProvider => CultureInfo.InvariantCulture;
    }
}
