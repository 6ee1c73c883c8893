using System.Globalization;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Reports;

/// <summary>
/// The report on the real GMPP 2021 data, read through its mapping: snapshot-checked (the counts in it are held to
/// the independently computed ones by <see cref="Samples.UkGmppAssessTests"/>), with the Data quality section, and
/// the same bytes in every culture although the data is Windows-1252 and full of £ amounts and dd.MM.yy dates.
/// </summary>
public sealed class UkGmppReportTests
{
    [Theory]
    [InlineData("en-GB")]
    [InlineData("tr-TR")]
    public async Task Report_InAnyCulture_MatchesApprovedSnapshot(string culture)
    {
        var report = await RenderAsync(CultureInfo.GetCultureInfo(culture));

        ReportSnapshot.ShouldMatch(report, "uk-gmpp-2021.report");
    }

    private static async Task<string> RenderAsync(CultureInfo culture)
    {
        using var output = new TempFolder();
        var run = await CliRun.InvokeAsync(["assess", RepositoryRoot.Combine("samples", "uk-gmpp"), "--as-of", "2021-12-31", "--format", "md", "--out", output.Path], culture);
        run.ExitCode.ShouldBe(0, run.ToString());
        return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(await File.ReadAllBytesAsync(output.Combine("report.md")));
    }
}
