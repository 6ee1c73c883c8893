using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PmoAssess.Tests.Reporting.Markdown;

/// <summary>
/// A rendered report parsed by Markdig as a viewer would: its headings in order, and each table with the
/// headings it sits under, so tests can check the structure rather than the wording.
/// </summary>
public sealed class ReportOutline
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private ReportOutline(string markdown)
    {
        Markdown = markdown;
        Document = Markdig.Markdown.Parse(markdown, Pipeline);
        var path = new string?[7];
        foreach (var block in Document)
        {
            if (block is HeadingBlock heading)
            {
                var text = Text(heading);
                Headings.Add(new Heading(heading.Level, text, heading.GetAttributes().Id ?? string.Empty));
                path[heading.Level] = text;
                Array.Clear(path, heading.Level + 1, path.Length - heading.Level - 1);
            }
            else if (block is Table table)
            {
                Tables.Add(new PlacedTable([.. path.Skip(2).TakeWhile(part => part is not null).Select(part => part!)], table));
            }
        }
    }

    public string Markdown { get; }

    public MarkdownDocument Document { get; }

    public List<Heading> Headings { get; } = [];

    public List<PlacedTable> Tables { get; } = [];

    public static ReportOutline Of(string markdown) => new(markdown);

    /// <summary>The texts of the headings of <paramref name="level"/>, in order.</summary>
    public List<string> At(int level) => [.. Headings.Where(heading => heading.Level == level).Select(heading => heading.Text)];

    /// <summary>The headings of <paramref name="level"/> inside the H2 section named <paramref name="section"/>.</summary>
    public List<string> At(int level, string section) => [.. Headings
        .SkipWhile(heading => !(heading.Level == 2 && heading.Text == section))
        .Skip(1)
        .TakeWhile(heading => heading.Level > 2)
        .Where(heading => heading.Level == level)
        .Select(heading => heading.Text)];

    /// <summary>The tables whose heading path (H2 first) starts with <paramref name="path"/>.</summary>
    public List<PlacedTable> TablesUnder(params string[] path) => [.. Tables.Where(table => table.Path.Take(path.Length).SequenceEqual(path))];

    /// <summary>The text of a heading as a reader sees it: escapes resolved, no markup.</summary>
    public static string Text(HeadingBlock heading) => heading.Inline is null
        ? string.Empty
        : string.Concat(heading.Inline.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()));

    /// <summary>Markdig pads short rows with empty cells that have no source span; count only cells that were written.</summary>
    public static int CellsWithSource(TableRow row) => row.OfType<TableCell>().Count(cell => !cell.Span.IsEmpty);

    public sealed record Heading(int Level, string Text, string Id);

    public sealed record PlacedTable(IReadOnlyList<string> Path, Table Table)
    {
        public List<TableRow> DataRows => [.. Table.OfType<TableRow>().Where(row => !row.IsHeader)];

        /// <summary>The literal text of the first cell of each data row.</summary>
        public List<string> FirstCells => [.. DataRows.Select(row => string.Concat(((TableCell)row[0]).Descendants<LiteralInline>().Select(literal => literal.Content.ToString())).Trim())];
    }
}
