using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PmoAssess.Reports;

namespace PmoAssess.Tests.Reporting.Markdown;

public sealed class MarkdownTextTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Theory]
    [InlineData("A | B <script>alert(1)</script>")]
    [InlineData("**not bold** and _not italic_")]
    [InlineData("[click](https://example.com) ![img](x.png)")]
    [InlineData("`code` and ~~struck~~")]
    [InlineData("# not a heading")]
    [InlineData("&lt;b&gt; entity & ampersand")]
    [InlineData(@"back\slash\|pipe")]
    [InlineData("<https://autolink.example>")]
    [InlineData("{curly} and !bang")]
    public void Escape_UserTextInTableCell_RendersAsTheLiteralTextInOneCell(string userText)
    {
        var cell = SingleCellOf(MarkdownText.Escape(userText));

        LiteralText(cell).ShouldBe(userText);
        cell.Descendants<Inline>().ShouldAllBe(inline => inline is LiteralInline || inline is ContainerInline);
    }

    [Fact]
    public void Escape_ScriptTag_NeverReachesHtml()
    {
        var html = Markdig.Markdown.ToHtml("| a |\n| --- |\n| " + MarkdownText.Escape("<script>alert(1)</script>") + " |\n", Pipeline);

        html.ShouldNotContain("<script");
        html.ShouldContain("&lt;script&gt;");
    }

    [Theory]
    [InlineData("line one\nline two", "line one line two")]
    [InlineData("cr\r\nlf", "cr  lf")]
    [InlineData("tab\there", "tab here")]
    [InlineData("evil\u202Etxt.exe", "evil txt.exe")]
    [InlineData("isolate\u2066x\u2069y", "isolate x y")]
    [InlineData("sep\u2028arator", "sep arator")]
    public void Escape_LineBreaksControlAndBidiCharacters_BecomeSpaces(string userText, string expected)
    {
        var escaped = MarkdownText.Escape(userText);

        escaped.ShouldBe(expected);
        LiteralText(SingleCellOf(escaped)).ShouldBe(expected);
    }

    [Fact]
    public void Escape_NullOrEmpty_IsEmpty()
    {
        MarkdownText.Escape(null).ShouldBe(string.Empty);
        MarkdownText.Escape(string.Empty).ShouldBe(string.Empty);
    }

    [Fact]
    public void Escape_HundredThousandCharacters_StaysOneCell()
    {
        var longText = new string('x', 50_000) + "|" + new string('y', 50_000);

        LiteralText(SingleCellOf(MarkdownText.Escape(longText))).ShouldBe(longText);
    }

    private static TableCell SingleCellOf(string escaped)
    {
        var markdown = "| Name | Other |\n| --- | --- |\n| " + escaped + " | end |\n";
        var table = Markdig.Markdown.Parse(markdown, Pipeline).Descendants<Table>().ShouldHaveSingleItem();
        var rows = table.OfType<TableRow>().ToList();
        rows.Count.ShouldBe(2);
        var cells = rows[1].OfType<TableCell>().Where(cell => !cell.Span.IsEmpty).ToList();
        cells.Count.ShouldBe(2, "the escaped text must not split or merge cells");
        return cells[0];
    }

    private static string LiteralText(TableCell cell) =>
        string.Concat(cell.Descendants<LiteralInline>().Select(literal => literal.Content.ToString())).Trim();
}
