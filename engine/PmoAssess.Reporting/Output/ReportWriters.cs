using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmoAssess.Reporting.Html;
using PmoAssess.Reporting.Json;
using PmoAssess.Reporting.JUnit;
using PmoAssess.Reporting.Markdown;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Sarif;

namespace PmoAssess.Reporting.Output;

/// <summary>The report writers PmoAssess ships, by format key.</summary>
public static class ReportWriters
{
    private static readonly IReportWriter[] BuiltIn = [new MarkdownReportWriter(), new HtmlReportWriter(), new FindingsJsonWriter(), new SarifReportWriter(), new JUnitReportWriter()];

    /// <summary>The known format keys, in output order.</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. BuiltIn.Select(writer => writer.Format)];

    // The writers that read every listed outcome (OutcomeListing.Listed), rule by rule. They are written side by side,
    // each on a thread of its own (AtomicFile.WriteAll), so they keep in step and share what they read.
    private static readonly string[] ListingEveryOutcome = ["json", "junit"];

    // The writers whose files do not show the comparison with the engagement's last run (AssessmentReport.History).
    private static readonly string[] WithoutHistory = ["json", "sarif", "junit"];

    /// <summary>Whether <paramref name="format"/> names a writer.</summary>
    public static bool IsKnown(string format) => Formats.Contains(format, StringComparer.Ordinal);

    /// <summary>
    /// Shares the listed outcomes among those of <paramref name="writers"/> that read every one (findings.json and
    /// junit.xml), for as long as they write side by side (<see cref="OutcomeListing.Share"/>).
    /// </summary>
    public static IDisposable ShareListedOutcomes(AssessmentReport report, IEnumerable<IReportWriter> writers) =>
        OutcomeListing.Share(report, writers.Count(writer => ListingEveryOutcome.Contains(writer.Format, StringComparer.Ordinal)));

    /// <summary>
    /// Whether <paramref name="writer"/>'s file shows the comparison with the engagement's last run (report.md and
    /// report.html). Those that do not (findings.json, findings.sarif, junit.xml) can be written while it is made; a writer
    /// PmoAssess does not ship is taken to show it.
    /// </summary>
    public static bool ShowsHistory(IReportWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return !WithoutHistory.Contains(writer.Format, StringComparer.Ordinal);
    }

    /// <summary>Registers every built-in writer as an <see cref="IReportWriter"/>; safe to call twice.</summary>
    public static IServiceCollection AddReportWriters(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var writer in BuiltIn)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IReportWriter), writer.GetType()));
        }

        return services;
    }
}
