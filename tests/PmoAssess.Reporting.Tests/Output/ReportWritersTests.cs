using PmoAssess.Reporting.Html;
using PmoAssess.Reporting.Json;
using PmoAssess.Reporting.JUnit;
using PmoAssess.Reporting.Markdown;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;
using PmoAssess.Reporting.Sarif;
using PmoAssess.Tests.Reporting.Markdown;
using PmoAssess.Tests.Reporting.Sarif;

namespace PmoAssess.Tests.Reporting.Output;

/// <summary>
/// findings.json and junit.xml, written side by side, share the outcomes they both list; the files that do not show the
/// comparison with the last run are written while it is made.
/// </summary>
public sealed class ReportWritersTests
{
    [Fact]
    public void ShowsHistory_EveryWriter_IsTrueExactlyForThoseWhoseFileChangesWithTheComparison()
    {
        var withHistory = HistorySectionTests.WithHistory();
        var without = withHistory with { History = null };

        IReportWriter[] writers = [new MarkdownReportWriter(), new HtmlReportWriter(), new FindingsJsonWriter(), new SarifReportWriter(), new JUnitReportWriter()];
        writers.Select(writer => writer.Format).ShouldBe(ReportWriters.Formats, ignoreOrder: true);
        foreach (var writer in writers)
        {
            // A writer said not to show the comparison writes the same bytes without it: it can start before it is made.
            var changes = !ContosoReport.Render(writer, withHistory).AsSpan().SequenceEqual(ContosoReport.Render(writer, without));
            ReportWriters.ShowsHistory(writer).ShouldBe(changes, writer.Format);
        }

        ReportWriters.ShowsHistory(new NamedWriter("custom")).ShouldBeTrue("a writer PmoAssess does not ship may show it");
    }

    [Theory]
    [InlineData("md,html,json,sarif,junit", true)]
    [InlineData("json,junit", true)]
    [InlineData("md,json", false)]
    [InlineData("junit,sarif,custom", false)]
    public void ShareListedOutcomes_ChosenWriters_SharesOnlyWhenBothListingWritersAreAmongThem(string formats, bool shared)
    {
        var report = OutcomeListingTests.PastTheLimit();
        var writers = formats.Split(',').Select(format => new NamedWriter(format)).ToList();
        var listed = OutcomeListing.Listed(report);

        using (ReportWriters.ShareListedOutcomes(report, writers))
        {
            // Shared, the second read of an outcome is the very outcome the first made.
            ReferenceEquals(listed[0], listed[0]).ShouldBe(shared);
        }

        ReferenceEquals(listed[0], listed[0]).ShouldBeFalse("once the writers are done, each read makes its own");
    }

    private sealed class NamedWriter(string format) : IReportWriter
    {
        public string Format => format;

        public string FileName => "report." + format;

        public void Write(AssessmentReport report, Stream output) => throw new NotSupportedException();
    }
}
