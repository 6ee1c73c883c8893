using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmoAssess.Reporting.Html;
using PmoAssess.Reporting.Json;
using PmoAssess.Reporting.JUnit;
using PmoAssess.Reporting.Markdown;
using PmoAssess.Reporting.Sarif;

namespace PmoAssess.Reporting.Output;

/// <summary>The report writers PmoAssess ships, by format key.</summary>
public static class ReportWriters
{
    private static readonly IReportWriter[] BuiltIn = [new MarkdownReportWriter(), new HtmlReportWriter(), new FindingsJsonWriter(), new SarifReportWriter(), new JUnitReportWriter()];

    /// <summary>The known format keys, in output order.</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. BuiltIn.Select(writer => writer.Format)];

    // Measured at 100,000 projects, two at a time: junit.xml 2.5 s and findings.json 2.8 s before it lost its indentation
    // past the listing limit (both list every finding with its evidence), report.html 1.3 s (it renders the Markdown
    // report, then the page), report.md 1.0 to 1.5 s, findings.sarif 0.4 s (benchmarks' `stages`). At a million projects
    // junit.xml took 13 to 14.6 s of processor time, findings.json 15.2 s and then 11.3 s compact, report.md 5.5 s, the
    // other two under half a second each (`perf`); started after report.md and findings.json, junit.xml ran alone for
    // the last 4 s. report.md goes first all the same: report.html renders its text, made once by whichever asks first,
    // and started after the two slowest it waited half a second for the text with the other core idle (`perf` timeline,
    // session 11). Started first, the text is ready when report.html starts: writing 2.3, 2.4, 2.6 s before, 2.0, 2.2,
    // 2.3 s after (in turn). It raised the peak of a large run with history by 60 to 230 MB while the outcomes that need
    // attention were kept until written; they are made when read since session 17.
    private static readonly string[] StartOrder = ["md", "junit", "json", "html", "sarif"];

    /// <summary>Whether <paramref name="format"/> names a writer.</summary>
    public static bool IsKnown(string format) => Formats.Contains(format, StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="writers"/> in the order to start them side by side: the Markdown report first, whose text the HTML
    /// page renders too, then the slowest, so that the quick ones fill the other core at the end instead of leaving it
    /// idle while a slow one finishes alone. Any other writer goes last.
    /// </summary>
    public static IEnumerable<IReportWriter> InStartOrder(IEnumerable<IReportWriter> writers) =>
        writers.OrderBy(writer => Array.IndexOf(StartOrder, writer.Format) is var rank and >= 0 ? rank : StartOrder.Length);

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
