using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoAssess.Cli.Composition;
using PmoAssess.History;
using PmoAssess.Outcomes;
using PmoAssess.Plugins;
using PmoAssess.Policy;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;
using PmoAssess.Reports;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// Runs one assessment through the <see cref="AssessmentPipeline"/>, builds the report (with the plugins' sections),
/// records the run in the history store and compares it with the last one, writes the outputs atomically, prints a
/// summary, and turns the policy's verdict into the exit code.
/// </summary>
internal sealed class AssessHandler(
    IOptions<AssessOptions> options,
    IEnumerable<IReportWriter> writers,
    AssessmentPipeline pipeline,
    CliEnvironment environment,
    TimeProvider clock,
    ILogger<AssessHandler> logger)
{
    public int Run(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var run = pipeline.Run(settings.ToRequest(environment.RecordHistoryByDefault), cancellationToken);
        var rules = run.Rules;
        run.History?.StartReadingPrevious(run.Verdict);
        var report = environment.Progress.Step("Building the report", () =>
        {
            // The plugins' sections read the run, not the report: they are written beside it (at a million projects the
            // delivery-health section alone took 1.4 s of one core while the other stood idle).
            var sections = Task.Run(() => PluginSections(run, cancellationToken), CancellationToken.None);
            var model = AssessmentReport.From(run.Result, run.Engagement,
                [.. rules.Plugins.Select(plugin => "plugin " + plugin.Manifest.Id + " " + plugin.Manifest.Version), .. rules.Rulesets.Select(ruleset => ruleset.Source)],
                [.. rules.Broken.Select(failure => new SkippedPlugin(Path.GetFileName(failure.Path), failure.Reason.Replace(failure.Path, Path.GetFileName(failure.Path), StringComparison.Ordinal)))],
                run.Maturity);
            return model with
            {
                Findings = run.Verdict.Findings,
                Policy = run.Verdict,
                Gate = GateExplanation.Of(run.Policy),
                SourceFolder = SourceFolder.Of(RunRequest.FolderOf(settings.Input), environment.WorkingDirectory),
                ToolVersion = ToolVersion,
                PluginSections = sections.GetAwaiter().GetResult(),
            };
        });
        var policyFile = run.Policy.File;
        var directory = settings.OutputDirectory ?? policyFile?.OutputDirectory ?? "out";
        var formats = settings.Formats ?? (policyFile is { Formats.Count: > 0 } ? policyFile.Formats : DefaultFormats);
        using var recording = run.History is { } history
            ? HistoryRecording.Begin(history, RunRecord.From(report, clock.GetUtcNow(), PolicySha256(policyFile?.File)) with { FindingKeysSha256 = history.CurrentFindingKeys }, environment.Error, logger)
            : null;
        // Compared with the last run beside the writers of the files that do not show the comparison: made first, reading
        // the last run and comparing held one core for 0.7 s at 100,000 projects while the other was left idle.
        var withHistory = recording is null ? Task.FromResult(report) : Task.Run(() => report with { History = recording.Comparison() }, CancellationToken.None);

        // The outputs name the run by its id: they replace the old ones once the run is in the store, and are written
        // again, saying it is not, when recording failed after all. A last run that cannot be read fails the run (exit 3)
        // whichever outputs were asked for.
        var written = WriteOutputs(report, withHistory, directory, formats, cancellationToken, beforeReplacing: recording is null ? null : () =>
        {
            _ = withHistory.GetAwaiter().GetResult();
            return recording.Complete();
        });
        if (written is null)
        {
            var notRecorded = report with { History = recording!.Comparison() };
            written = WriteOutputs(report, Task.FromResult(notRecorded), directory, formats, cancellationToken)!;
        }

        PrintSummary(report, written);
        if (recording?.Id is { } id)
        {
            environment.Output.WriteLine("Recorded run " + id.ToString(CultureInfo.InvariantCulture) + " in " + run.History!.Store.Path);
        }

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

    /// <summary>The SHA-256 of the policy file in force, so a run shows which policy judged it; <c>null</c> without one.</summary>
    private static string? PolicySha256(string? file)
    {
        if (file is null)
        {
            return null;
        }

        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The plugins' report sections, written within what is left of the run's time: a section that never returns stops the run.</summary>
    private static List<PluginSection> PluginSections(AssessmentRun run, CancellationToken cancellationToken)
    {
        var sections = run.Rules.Plugins.SelectMany(plugin => plugin.ReportSections.Select(section => (plugin, section))).ToList();
        return sections.Count == 0 ? [] : run.Deadline.Run("writing the plugins' report sections", _ => RenderSections(run, sections), cancellationToken);
    }

    /// <summary>Each plugin's report sections, rendered; one that throws becomes a note, and the report is still written.</summary>
    private static List<PluginSection> RenderSections(AssessmentRun run, List<(LoadedPlugin Plugin, IReportSection Section)> sections)
    {
        var context = new ReportSectionContext
        {
            AsOf = run.Result.AsOf,
            Dataset = run.Result.Dataset,
            Outcomes = run.Result.Outcomes,
            Findings = run.Verdict.Findings,
        };
        return [.. sections.Select(pair =>
        {
            var (plugin, section) = pair;
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
        })];
    }

    /// <summary>
    /// Writes every output, all or none: a failure or a cancellation leaves the previous outputs as they were. Returns the
    /// paths written, or <c>null</c> when <paramref name="beforeReplacing"/> refused to replace them (AtomicFile.WriteAll).
    /// The files that show the comparison with the last run wait for <paramref name="withHistory"/>; the others do not.
    /// </summary>
    private List<string>? WriteOutputs(
        AssessmentReport report, Task<AssessmentReport> withHistory, string directory, IReadOnlyList<string> formats, CancellationToken cancellationToken,
        Func<bool>? beforeReplacing = null)
    {
        // A run that fails while writing leaves no trace, not even the folder it made for its outputs: the last run's
        // findings, read beside the writers, may turn out unreadable once they have started.
        var made = !Directory.Exists(directory);
        Directory.CreateDirectory(directory);
        try
        {
            return WriteAll(report, withHistory, directory, formats, beforeReplacing, cancellationToken);
        }
        catch
        {
            if (made && !Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }

            throw;
        }
    }

    private List<string>? WriteAll(
        AssessmentReport report, Task<AssessmentReport> withHistory, string directory, IReadOnlyList<string> formats, Func<bool>? beforeReplacing,
        CancellationToken cancellationToken)
    {
        var chosen = writers.Where(writer => formats.Contains(writer.Format, StringComparer.Ordinal)).ToList();
        // One step for all of them: the files are written side by side.
        using var shared = ReportWriters.ShareListedOutcomes(report, chosen);
        var replaced = environment.Progress.Step("Writing " + string.Join(", ", chosen.Select(writer => writer.FileName)), () =>
            AtomicFile.WriteAll([.. chosen.Select(writer => (Path.Combine(directory, writer.FileName), (Action<Stream>)(stream =>
            {
                writer.Write(ReportWriters.ShowsHistory(writer) ? withHistory.GetAwaiter().GetResult() : report, stream);
                TestPause.At(TestPause.Outputs, environment.Error, cancellationToken);
            })))], cancellationToken, beforeReplacing));
        if (!replaced)
        {
            return null;
        }

        var written = chosen.Select(writer => Path.Combine(directory, writer.FileName)).ToList();
        foreach (var path in written)
        {
            Log.OutputWritten(logger, path);
        }

        return written;
    }

    private void PrintSummary(AssessmentReport report, IEnumerable<string> written)
    {
        var output = environment.Output;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Assessed {Counted.Of(report.ProjectCount, "project", "projects")} in {Counted.Of(report.PortfolioCount, "portfolio", "portfolios")} with {Counted.Of(report.Rules.Count, "rule", "rules")} as of {report.AsOf:yyyy-MM-dd}."));
        var counts = report.FindingCounts;
        var bySeverity = Enum.GetValues<Severity>().Reverse()
            .Select(severity => string.Create(CultureInfo.InvariantCulture,
                $"{counts.GetValueOrDefault(severity)} {severity.ToString().ToLowerInvariant()}"));
        // Findings the policy set apart are counted when there are any: "Findings: 0" alone hides 79 baselined ones.
        var (waived, baselined) = (report.Policy?.Waived.Count ?? 0, report.Policy?.Baselined.Count ?? 0);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Findings: {report.Findings.Count} ({string.Join(", ", bySeverity)}); not assessable: {report.NotAssessable.Count}; rule errors: {report.Errors.Count}") +
            (waived > 0 ? "; waived: " + waived.ToString(CultureInfo.InvariantCulture) : string.Empty) +
            (baselined > 0 ? "; baselined: " + baselined.ToString(CultureInfo.InvariantCulture) : string.Empty) + ".");
        if (report.Maturity is { } maturity)
        {
            output.WriteLine("Maturity (" + maturity.Methodology.Name + "): overall " +
                (maturity.Overall?.ToString("0.#", CultureInfo.InvariantCulture) ?? "not assessed") + "; " +
                string.Join(", ", maturity.Categories.Select(category => category.Category.Name + " " +
                    (category.Level?.ToString(CultureInfo.InvariantCulture) ?? "not assessed"))) + ".");
        }

        foreach (var path in written)
        {
            output.WriteLine("Wrote " + path);
        }
    }
}
