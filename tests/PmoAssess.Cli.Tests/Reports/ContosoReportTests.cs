using System.Globalization;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Reports;

/// <summary>
/// The report of the bundled sample, end to end through the command line: snapshot-checked, the same
/// bytes in every culture, and structurally sound Markdown.
/// </summary>
public sealed class ContosoReportTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public async Task Report_InAnyCulture_MatchesApprovedSnapshot(string culture)
    {
        var report = await RenderAsync(CultureInfo.GetCultureInfo(culture));

        ReportSnapshot.ShouldMatch(report, "contoso.report");
    }

    [Fact]
    public async Task Report_UnderGermanTurkishAndUsCultures_IsByteIdentical()
    {
        var german = await RenderBytesAsync(CultureInfo.GetCultureInfo("de-DE"));
        var turkish = await RenderBytesAsync(CultureInfo.GetCultureInfo("tr-TR"));
        var american = await RenderBytesAsync(CultureInfo.GetCultureInfo("en-US"));

        turkish.ShouldBe(german);
        american.ShouldBe(german);
    }

    [Fact]
    public async Task Report_EveryTableRow_HasOneCellPerHeader()
    {
        var markdown = await RenderAsync(CultureInfo.InvariantCulture);
        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());

        var tables = document.Descendants<Table>().ToList();
        tables.Count.ShouldBeGreaterThan(5);
        foreach (var table in tables)
        {
            var rows = table.OfType<TableRow>().ToList();
            var headerCells = CellsWithSource(rows[0]);
            foreach (var row in rows.Skip(1))
            {
                var line = markdown.Split('\n')[row.Line];
                CellsWithSource(row).ShouldBe(headerCells, "row on line " + (row.Line + 1) + ": " + line);
            }
        }
    }

    [Fact]
    public async Task Report_ProjectNameWithPipe_StaysInsideItsCell()
    {
        var markdown = await RenderAsync(CultureInfo.InvariantCulture);

        // PRJ-003 is "Billing | Payments Consolidation"; its name never reaches the report unescaped.
        markdown.ShouldNotContain("Billing | Payments");
        markdown.ShouldContain(@"PRJ-003 Billing \| Payments Consolidation");
    }

    /// <summary>Markdig pads short rows with empty cells that have no source span; count only cells that were written.</summary>
    private static int CellsWithSource(TableRow row) => row.OfType<TableCell>().Count(cell => !cell.Span.IsEmpty);

    private static async Task<byte[]> RenderBytesAsync(CultureInfo culture)
    {
        using var output = new TempFolder();
        var run = await CliRun.InvokeAsync(["assess", RepositoryRoot.Combine("samples", "contoso"), "--as-of", "2026-09-30", "--out", output.Path], culture);
        run.ExitCode.ShouldBe(0, run.ToString());
        return await File.ReadAllBytesAsync(output.Combine("report.md"));
    }

    private static async Task<string> RenderAsync(CultureInfo culture) =>
        new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(await RenderBytesAsync(culture));
}
