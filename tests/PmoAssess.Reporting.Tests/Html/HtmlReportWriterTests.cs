using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Reporting.Html;
using PmoAssess.Reporting.Markdown;
using PmoAssess.Reporting.Model;
using PmoAssess.Rules;
using PmoAssess.Rulesets;
using PmoAssess.Scoring;

namespace PmoAssess.Tests.Reporting.Html;

/// <summary>
/// The HTML report of a tiny portfolio whose project name and category name are attacks: markup, Markdown
/// emphasis, a javascript: link and a table-breaking pipe must all arrive as plain text.
/// </summary>
public sealed partial class HtmlReportWriterTests : IDisposable
{
    private const string HostileName = "A | B <script>alert(1)</script> **bold** [x](javascript:alert(1))";
    private const string HostileCategory = "Gov <script>alert(2)</script> & \"co\" {onclick=alert(3)}";

    private static readonly DateOnly AsOf = new(2026, 9, 30);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Render_HostileProjectName_HasNoScriptNoLinkAndShowsTheNameAsText()
    {
        var html = HtmlReportWriter.Render(Report(withMaturity: true));

        html.ShouldNotContain("<script", Case.Insensitive);
        // The report links only within itself (the summary to the findings and the appendix); user text links nowhere.
        Regex.Matches(html, @"href\s*=\s*(?!""#)\S*", RegexOptions.IgnoreCase).Select(match => match.Value).ShouldBeEmpty("only in-page links");
        html.ShouldNotContain("<strong>bold</strong>");
        Regex.Matches(html, @"<[^>]*\son\w+\s*=", RegexOptions.IgnoreCase).Select(match => match.Value).ShouldBeEmpty("no event handler attributes");
        Regex.Matches(html, "<(?!/?(?:" + AllowedTags + ")[ >/])[a-zA-Z/!][^>]*>").Select(match => match.Value).ShouldBeEmpty();

        var asText = "A | B &lt;script&gt;alert(1)&lt;/script&gt; **bold** [x](javascript:alert(1))";
        html.ShouldContain("<title>PMO assessment: " + asText + "</title>");
        html.ShouldContain("<h1 id=\"pmo-assessment-a-b-scriptalert1script-bold-xjavascriptalert1\">PMO assessment: " + asText + "</h1>");
        html.ShouldContain("Project P-1 " + asText);
        html.ShouldContain(asText + " has no sponsor.");
    }

    [Fact]
    public void Render_HostileCategoryName_IsTextInTheChart()
    {
        var html = HtmlReportWriter.Render(Report(withMaturity: true));

        var encoded = "Gov &lt;script&gt;alert(2)&lt;/script&gt; &amp; &quot;co&quot; {onclick=alert(3)}";
        html.ShouldContain("<g class=\"category\" data-category=\"" + encoded + "\" data-level=\"0\">");
        html.ShouldContain("<text class=\"label\" x=\"");
        html.ShouldContain("\" text-anchor=\"end\">Gov &lt;script&gt;alert(2)&lt;/script&gt; &amp;…</text>", Case.Sensitive, "shortened to 31 characters, then encoded");
    }

    [Fact]
    public void Render_SameReport_SameUtf8BytesWithLineFeedsAndNoByteOrderMark()
    {
        var report = Report(withMaturity: true);
        var writer = new HtmlReportWriter();

        var first = Write(writer, report);
        var second = Write(writer, report);

        second.ShouldBe(first);
        first[..15].ShouldBe("<!DOCTYPE html>"u8.ToArray());
        first.ShouldNotContain((byte)'\r');
        new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(first).ShouldBe(HtmlReportWriter.Render(report));
        (writer.Format, writer.FileName).ShouldBe(("html", "report.html"));
    }

    [Fact]
    public void Render_UnderTurkishCulture_IsTheSameAsInvariant()
    {
        // Turkish lower-cases 'I' to a dotless 'ı': heading ids and numbers must not follow the culture.
        var report = Report(withMaturity: true) with { Engagement = "IT Investments 1.5" };
        var invariant = HtmlReportWriter.Render(report);

        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
        try
        {
            HtmlReportWriter.Render(report).ShouldBe(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        invariant.ShouldContain("<h1 id=\"pmo-assessment-it-investments-1.5\">", Case.Sensitive);
    }

    [Fact]
    public void Render_Page_IsSelfContainedWithAPolicyThatForbidsScriptsAndNetworkLoads()
    {
        var html = HtmlReportWriter.Render(Report(withMaturity: true));

        html.ShouldStartWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.ShouldContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';");
        html.ShouldContain("@media print");
        // The only URL on the page is the SVG namespace, which is a name, never fetched.
        Regex.Matches(html, "https?://[^\" ]*").Select(match => match.Value).Distinct().ShouldBe(["http://www.w3.org/2000/svg"]);
        html.ShouldEndWith("</main>\n</body>\n</html>\n");
    }

    [Fact]
    public void Render_WithMaturity_ChartFollowsTheMaturityTableWithOneBarPerCategory()
    {
        var report = Report(withMaturity: true);
        var html = HtmlReportWriter.Render(report);

        var section = html[html.IndexOf("<h2 id=\"maturity\">", StringComparison.Ordinal)..];
        var tableEnd = section.IndexOf("</table>\n", StringComparison.Ordinal) + "</table>\n".Length;
        section[tableEnd..].ShouldStartWith("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\"");
        Regex.Count(html, "<rect class=\"bar\"").ShouldBe(report.Maturity!.Categories.Count);
        Regex.Count(html, "<figure class=\"chart\">").ShouldBe(1);
    }

    [Fact]
    public void Render_WithoutMaturity_BodyIsMarkdigsRenderingOfTheMarkdownReport()
    {
        var report = Report(withMaturity: false);
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

        var html = HtmlReportWriter.Render(report);

        var body = html[(html.IndexOf("<main>\n", StringComparison.Ordinal) + "<main>\n".Length)..html.IndexOf("</main>", StringComparison.Ordinal)];
        body.ShouldBe(Markdig.Markdown.ToHtml(MarkdownReportWriter.Render(report), pipeline));
        html.ShouldNotContain("<svg");
    }

    // Every element the page may hold: the page, Markdig's rendering of our Markdown, and the chart.
    private const string AllowedTags = "html|head|meta|title|style|body|main|h1|h2|h3|h4|p|a|em|strong|ul|ol|li|table|thead|tbody|tr|th|td|" +
        "figure|figcaption|svg|g|line|rect|text|!DOCTYPE html";

    private static byte[] Write(HtmlReportWriter writer, AssessmentReport report)
    {
        using var stream = new MemoryStream();
        writer.Write(report, stream);
        return stream.ToArray();
    }

    private AssessmentReport Report(bool withMaturity)
    {
        var ruleset = RulesetLoader.Load([_folder.Write("hostile.rules.yaml", """
            ruleset: hostile
            version: 1.0.0
            rules:
              - id: HOS-001
                title: Projects have a sponsor
                severity: high
                category: governance
                level: 1
                appliesTo: project
                require: sponsor != null
                message: "{name} has no sponsor."
            """)]).ShouldHaveSingleItem();
        var catalog = new RuleCatalogBuilder().Add(ruleset).Build();
        var project = new Project { Id = "P-1", PortfolioId = "PF-1", Name = HostileName, Stage = LifecycleStage.Execution };
        var dataset = new PortfolioDataset { Portfolios = [new Portfolio { Id = "PF-1", Projects = [project] }], Projects = [project] };
        var result = AssessmentRunner.Run(dataset, catalog, AsOf);
        var maturity = withMaturity ? MaturityScorer.Score(result, Methodology()) : null;
        return AssessmentReport.From(result, HostileName, [ruleset.Source], maturity: maturity);
    }

    private Methodology Methodology() => MethodologyLoader.Load(_folder.Write("hostile.methodology.yaml", $$"""
        methodology: hostile
        name: Hostile
        aggregation: weakest
        coverage: 90%
        levels:
          - { level: 1, name: Initial }
          - { level: 2, name: Managed }
          - { level: 3, name: Defined }
        categories:
          - { id: gov, name: '{{HostileCategory.Replace("'", "''", StringComparison.Ordinal)}}' }
          - { id: other, name: Other }
        mapping:
          - { ruleCategory: governance, category: gov }
        """));
}
