using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoAssess.Cli.Composition;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;
using PmoAssess.Reports;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// Runs one assessment through the <see cref="AssessmentPipeline"/>, builds the report (with the plugins' sections),
/// writes the outputs atomically, prints a summary, and turns the policy's verdict into the exit code.
/// </summary>
internal sealed class AssessHandler(
    IOptions<AssessOptions> options,
    IEnumerable<IReportWriter> writers,
    AssessmentPipeline pipeline,
    CliEnvironment environment,
    ILogger<AssessHandler> logger)
{
    public int Run(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var run = pipeline.Run(settings.ToRequest(), cancellationToken);
        var rules = run.Rules;
        var report = environment.Progress.Step("Building the report", () => AssessmentReport.From(run.Result, EngagementName(settings.Input),
            [.. rules.Plugins.Select(plugin => "plugin " + plugin.Manifest.Id + " " + plugin.Manifest.Version), .. rules.Rulesets.Select(ruleset => ruleset.Source)],
            [.. rules.Broken.Select(failure => new SkippedPlugin(Path.GetFileName(failure.Path), failure.Reason.Replace(failure.Path, Path.GetFileName(failure.Path), StringComparison.Ordinal)))],
            run.Maturity) with
        {
            Findings = run.Verdict.Findings,
            Policy = run.Verdict,
            Gate = run.Policy.Gate.Explanation,
            ToolVersion = ToolVersion,
            PluginSections = PluginSections(run),
        });
        var policyFile = run.Policy.File;
        var written = WriteOutputs(report,
            settings.OutputDirectory ?? policyFile?.OutputDirectory ?? "out",
            settings.Formats ?? (policyFile is { Formats.Count: > 0 } ? policyFile.Formats : DefaultFormats));
        PrintSummary(report, written);

        if (run.Verdict.GatePassed)
        {
            return ExitCodes.Success;
        }

        environment.Error.WriteLine("Gate failed: " + string.Join("; ", run.Verdict.GateFailures) + ".");
        return ExitCodes.GateFailed;
    }

    // The assembly version (Directory.Build.props), not the informational one: that carries a commit hash.
    private static readonly string ToolVersion = typeof(AssessHandler).Assembly.GetName().Version is { } version
        ? version.ToString(3)
        : "0.0.0";

    private static readonly string[] DefaultFormats = ["md", "html"];

    /// <summary>Each plugin's report sections, rendered; one that throws becomes a note, and the report is still written.</summary>
    private static List<PluginSection> PluginSections(AssessmentRun run)
    {
        var context = new ReportSectionContext
        {
            AsOf = run.Result.AsOf,
            Dataset = run.Result.Dataset,
            Outcomes = run.Result.Outcomes,
            Findings = run.Verdict.Findings,
        };
        return [.. run.Rules.Plugins.SelectMany(plugin => plugin.ReportSections.Select(section =>
        {
            string markdown;
            try
            {
                markdown = ThirdPartyCode.RunInvariant(() => section.Render(context));
            }
            catch (Exception exception)
            {
                markdown = "*This section could not be written: the plugin threw " + exception.GetType().Name + ": " + MarkdownText.Escape(exception.Message) + "*";
            }

            return new PluginSection(section.Title, markdown, plugin.Manifest.Id);
        }))];
    }

    private List<string> WriteOutputs(AssessmentReport report, string directory, IReadOnlyList<string> formats)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var writer in writers.Where(writer => formats.Contains(writer.Format, StringComparer.Ordinal)))
        {
            var path = Path.Combine(directory, writer.FileName);
            environment.Progress.Step("Writing " + writer.FileName, () => AtomicFile.Write(path, stream => writer.Write(report, stream)));
            Log.OutputWritten(logger, path);
            written.Add(path);
        }

        return written;
    }

    private void PrintSummary(AssessmentReport report, IEnumerable<string> written)
    {
        var output = environment.Output;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Assessed {report.ProjectCount} projects in {report.PortfolioCount} portfolios with {report.Rules.Count} rules as of {report.AsOf:yyyy-MM-dd}."));
        var bySeverity = Enum.GetValues<Severity>().Reverse()
            .Select(severity => string.Create(CultureInfo.InvariantCulture,
                $"{report.Findings.Count(finding => finding.Severity == severity)} {severity.ToString().ToLowerInvariant()}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Findings: {report.Findings.Count} ({string.Join(", ", bySeverity)}); not assessable: {report.NotAssessable.Count}; rule errors: {report.Errors.Count}."));
        if (report.Maturity is { } maturity)
        {
            output.WriteLine("Maturity (" + maturity.Methodology.Name + "): " +
                (maturity.Overall?.ToString("0.#", CultureInfo.InvariantCulture) ?? "not assessed") + "; " +
                string.Join(", ", maturity.Categories.Select(category => category.Category.Name + " " +
                    (category.Level?.ToString(CultureInfo.InvariantCulture) ?? "-"))) + ".");
        }

        foreach (var path in written)
        {
            output.WriteLine("Wrote " + path);
        }
    }

    private static string EngagementName(string input) =>
        Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)));
}
