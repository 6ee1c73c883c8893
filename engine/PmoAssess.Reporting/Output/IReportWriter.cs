using PmoAssess.Reporting.Model;

namespace PmoAssess.Reporting.Output;

/// <summary>Renders a report into one output file. Writers must be deterministic: same report, same bytes.</summary>
public interface IReportWriter
{
    /// <summary>The format's key on the command line, e.g. <c>md</c>.</summary>
    string Format { get; }

    /// <summary>The output file's name, e.g. <c>report.md</c>.</summary>
    string FileName { get; }

    /// <summary>Writes the report.</summary>
    void Write(AssessmentReport report, Stream output);
}
