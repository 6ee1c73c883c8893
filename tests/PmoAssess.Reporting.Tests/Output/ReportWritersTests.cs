using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Tests.Reporting.Output;

/// <summary>The writers start with the Markdown text the HTML page needs too, then slowest first, so the quick ones fill the other core at the end.</summary>
public sealed class ReportWritersTests
{
    [Fact]
    public void InStartOrder_EveryFormat_TheMarkdownTextThenTheWritersOfEveryFindingAndAnUnknownWriterLast()
    {
        var writers = ReportWriters.Formats.Select(format => new NamedWriter(format)).Append(new NamedWriter("custom"));

        ReportWriters.InStartOrder(writers).Select(writer => writer.Format).ShouldBe(["md", "junit", "json", "html", "sarif", "custom"]);
    }

    private sealed class NamedWriter(string format) : IReportWriter
    {
        public string Format => format;

        public string FileName => "report." + format;

        public void Write(AssessmentReport report, Stream output) => throw new NotSupportedException();
    }
}
