using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Tests.Reporting.Output;

/// <summary>findings.json and junit.xml, written side by side, share the outcomes they both list.</summary>
public sealed class ReportWritersTests
{
    [Theory]
    [InlineData("md,html,json,sarif,junit", true)]
    [InlineData("json,junit", true)]
    [InlineData("md,json", false)]
    [InlineData("junit,sarif,custom", false)]
    public void ShareListedOutcomes_ChosenWriters_SharesOnlyWhenBothListingWritersAreAmongThem(string formats, bool shared)
    {
        var report = OutcomeListingTests.PastTheLimit.Value;
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
