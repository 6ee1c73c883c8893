namespace PmoAssess.Reports;

/// <summary>
/// A section a plugin adds to the report, e.g. a breakdown its organisation always wants. The host writes it under
/// its own heading after the findings, in every format rendered from the Markdown report. A section that throws
/// is replaced by a note saying so; the report is still written.
/// </summary>
public interface IReportSection
{
    /// <summary>The section's heading, e.g. "Projects by stage".</summary>
    string Title { get; }

    /// <summary>
    /// The section's body, as Markdown. Text that comes from the data (names, comments) must go through
    /// <see cref="MarkdownText.Escape"/>; raw HTML is not rendered.
    /// </summary>
    string Render(ReportSectionContext context);
}
