using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Tests.Reporting.Output;

/// <summary>The writers start slowest first, so the quick ones fill the other core at the end.</summary>
public sealed class ReportWritersTests
{
    [Fact]
    public void SlowestFirstOf_EveryFormat_TheWritersOfEveryFindingFirstAndAnUnknownWriterLast()
    {
        var writers = ReportWriters.Formats.Select(format => new NamedWriter(format)).Append(new NamedWriter("custom"));

        ReportWriters.SlowestFirstOf(writers).Select(writer => writer.Format).ShouldBe(["json", "junit", "html", "md", "sarif", "custom"]);
    }

    private sealed class NamedWriter(string format) : IReportWriter
    {
        public string Format => format;

        public string FileName => "report." + format;

        public void Write(AssessmentReport report, Stream output) => throw new NotSupportedException();
    }
}
