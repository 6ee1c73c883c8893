using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Html;
using PmoAssess.Reporting.Json;
using PmoAssess.Reporting.JUnit;
using PmoAssess.Reporting.Markdown;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;
using PmoAssess.Reporting.Sarif;
using PmoAssess.Rules;
using PmoAssess.Tests.Reporting.JUnit;
using PmoAssess.Tests.Reporting.Markdown;
using PmoAssess.Tests.Reporting.Sarif;

namespace PmoAssess.Tests.Reporting.Output;

/// <summary>
/// Project names and comments written by a client (Markdown, HTML, pipes, line breaks, NUL, ESC, a right-to-left
/// override, 100,000 characters) render as inert text in every output format, and every output stays well-formed.
/// </summary>
public sealed class HostileTextRenderingTests
{
    /// <summary>Every trick at once, short enough for a name.</summary>
    private const string Hostile =
        "# Heading **bold** [click](javascript:alert(1)) <script>alert('x')</script><img src=x onerror=alert(1)> a | b || c\n" +
        "second line\r\nthird\u0000nul\u001Besc[31m\u202Eevil\u202C `code` &amp; ]]> <!-- -->";

    /// <summary>A 100,000-character comment made of the same.</summary>
    private static readonly string Comment = string.Concat(Enumerable.Repeat(Hostile, 100_000 / Hostile.Length + 1))[..100_000];

    private static readonly Lazy<AssessmentReport> Report = new(Build);

    [Fact]
    public void Markdown_HostileText_NoRawHtmlNoLinksNoBrokenTablesNoControlCharacters()
    {
        var markdown = Render(new MarkdownReportWriter());
        var outline = ReportOutline.Of(markdown);

        outline.Document.Descendants<HtmlBlock>().ShouldBeEmpty();
        outline.Document.Descendants<HtmlInline>().ShouldBeEmpty();
        outline.Document.Descendants<LinkInline>().ShouldNotContain(link => (link.Url ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
        outline.Document.Descendants<AutolinkInline>().ShouldBeEmpty();
        foreach (var table in outline.Document.Descendants<Table>())
        {
            var header = ReportOutline.CellsWithSource((TableRow)table[0]);
            table.OfType<TableRow>().ShouldAllBe(row => ReportOutline.CellsWithSource(row) == header, "a pipe or line break in user text must not add or end a cell");
        }

        // Every '<' of user text is escaped; an unescaped one would start raw HTML.
        System.Text.RegularExpressions.Regex.IsMatch(markdown, @"(?<!\\)<(script|img)").ShouldBeFalse();
        markdown.ShouldContain("\\<script\\>");
        NoControlOrBidiCharacters(markdown, allowed: "\n");
        markdown.ShouldContain("PRJ-LONG", customMessage: "the 100,000-character name is rendered");
    }

    [Fact]
    public void Html_HostileText_EscapedWithNoScriptNoMarkupAndNoControlCharacters()
    {
        var html = Render(new HtmlReportWriter());

        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<img", Case.Insensitive);
        html.ShouldNotContain("href=\"javascript", Case.Insensitive);
        html.ShouldContain("&lt;script&gt;");
        NoControlOrBidiCharacters(html, allowed: "\n");
    }

    [Fact]
    public void Json_HostileText_ValidJsonCarryingTheTextEscaped()
    {
        var bytes = Bytes(new FindingsJsonWriter());
        var json = Encoding.UTF8.GetString(bytes);

        // A data file, written with relaxed escaping on purpose (FindingsJsonWriter): markup stays readable text, and a
        // consumer that puts it in a page must encode it, as for any data. Control characters are always escaped.
        using var document = JsonDocument.Parse(bytes);
        json.ShouldNotContain("\0");
        json.ShouldNotContain("\u001B");
        json.ShouldContain("\\u0000");
        document.RootElement.GetProperty("outcomes").EnumerateArray()
            .Select(outcome => outcome.GetProperty("message").GetString()).ShouldContain("Project " + Hostile + " says: " + Comment, "the text round-trips exactly");
    }

    [Fact]
    public void Sarif_HostileText_ValidJsonAndValidAgainstTheSarifSchema()
    {
        var bytes = Bytes(new SarifReportWriter());

        using var document = JsonDocument.Parse(bytes);
        var results = SarifSchema.Evaluate(bytes);
        results.IsValid.ShouldBeTrue(SarifSchema.Errors(results));
        NoControlOrBidiCharacters(Encoding.UTF8.GetString(bytes), allowed: "\n");
    }

    [Fact]
    public void JUnit_HostileText_WellFormedXml10WithNoForbiddenCharacters()
    {
        var bytes = Bytes(new JUnitReportWriter());

        // CheckCharacters: XML 1.0 forbids most C0 characters even as character references.
        using (var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit }))
        {
            var document = XDocument.Load(reader);
            document.Descendants().ShouldNotContain(element => element.Name.LocalName == "script" || element.Name.LocalName == "img");
        }

        var (_, problems) = JUnitSchema.Validate(bytes);
        problems.ShouldBeEmpty();
        Encoding.UTF8.GetString(bytes).ShouldNotContain("&#x0;");
    }

    private static void NoControlOrBidiCharacters(string text, string allowed)
    {
        var bad = text.Select((c, at) => (c, at))
            .FirstOrDefault(pair => (char.IsControl(pair.c) && !allowed.Contains(pair.c, StringComparison.Ordinal)) || pair.c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
        bad.c.ShouldBe('\0', "no control or bidirectional override character may reach the output; found U+" + ((int)bad.c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + " at " + bad.at);
    }

    private static string Render(IReportWriter writer) => Encoding.UTF8.GetString(Bytes(writer));

    private static byte[] Bytes(IReportWriter writer) => ContosoReport.Render(writer, Report.Value);

    private static AssessmentReport Build()
    {
        var projects = new List<Project>
        {
            Project("PRJ-001", Hostile, Comment, row: 2),
            Project("PRJ-LONG", Comment, "fine", row: 3),
        };
        var catalog = new RuleCatalogBuilder().Add(typeof(CommentsAreShort), "test plugin").Build();
        var result = AssessmentRunner.Run(new PortfolioDataset { Projects = projects }, catalog, new DateOnly(2026, 9, 30));
        return AssessmentReport.From(result, "hostile " + Hostile, ["test " + Hostile]) with { ToolVersion = "0.1.0" };
    }

    private static Project Project(string id, string name, string comment, int row) => new()
    {
        Id = id,
        Name = name,
        CustomFields = new Dictionary<string, string> { ["comment"] = comment },
        Source = new SourceRow("exports/" + Hostile[..20] + ".csv", row, new Dictionary<string, SourceCell>
        {
            ["name"] = new SourceCell { Column = "Name " + Hostile[..40], Value = name },
            ["comment"] = new SourceCell { Column = "Comment", Value = comment },
        }),
    };

    /// <summary>TST-002: fails on every project, quoting its name and its comment.</summary>
    public sealed class CommentsAreShort : SubjectRule<Project>
    {
        public override RuleDescriptor Descriptor { get; } = new()
        {
            Id = "TST-002",
            Title = "Comments are short " + Hostile[..50],
            Description = Hostile,
            Rationale = Hostile,
            Remediation = Hostile,
            Severity = Severity.High,
            Category = "data " + Hostile[..12],
            AppliesTo = EntityKind.Project,
        };

        protected override Verdict Assess(Project project, IAssessmentContext context) =>
            Verdict.Fail("Project " + project.Name + " says: " + project.CustomFields["comment"], project.EvidenceOf("name", project.Name), project.EvidenceOf("comment", project.CustomFields["comment"]));
    }
}
