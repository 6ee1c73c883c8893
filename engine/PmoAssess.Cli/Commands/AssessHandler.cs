using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoAssess.Assessment;
using PmoAssess.Import;
using PmoAssess.Outcomes;
using PmoAssess.Cli.Composition;
using PmoAssess.Facts;
using PmoAssess.Policy;
using PmoAssess.Scoring;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// Runs one assessment: load plugins and compile their rules, read the input, assess, write the
/// outputs atomically, print a summary, and decide the exit code.
/// </summary>
internal sealed class AssessHandler(
    IOptions<AssessOptions> options,
    IEnumerable<IReportWriter> writers,
    TimeProvider clock,
    RuleSetLoader ruleSetLoader,
    CliEnvironment environment,
    ILogger<AssessHandler> logger)
{
    public int Run(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // Configuration first, data second: a bad ruleset, plugin, methodology or answers file stops the run before any data is read.
        var rules = ruleSetLoader.Load(settings.Sources, new MethodologyChoice(settings.Methodology, settings.Answers));
        var (methodology, answers) = (rules.Methodology!, rules.Answers);

        var dataset = WithAnswers(PortfolioReader.Read(settings.Input), answers);
        Log.InputRead(logger, dataset.Projects.Count, settings.Input);

        var asOf = settings.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var result = AssessmentRunner.Run(dataset, rules.Catalog, asOf, cancellationToken);
        Log.Assessed(logger, result.Outcomes.Count, result.Rules.Count);
        var maturity = MaturityScorer.Score(result, methodology, new MaturityTargets { Default = settings.TargetLevel });
        var gate = Gate.For(settings.FailOn, settings.PmoType ?? PmoTypeAnswered(methodology, answers));

        var report = AssessmentReport.From(result, EngagementName(settings.Input),
            [.. rules.Plugins.Select(plugin => "plugin " + plugin.Manifest.Id + " " + plugin.Manifest.Version), .. rules.Rulesets.Select(ruleset => ruleset.Source)],
            [.. rules.Broken.Select(failure => new SkippedPlugin(Path.GetFileName(failure.Path), failure.Reason.Replace(failure.Path, Path.GetFileName(failure.Path), StringComparison.Ordinal)))],
            maturity) with { Gate = gate.Explanation, ToolVersion = ToolVersion };
        var written = WriteOutputs(report, settings);
        PrintSummary(report, written);

        return gate.FailedBy(result.Findings) ? ExitCodes.GateFailed : ExitCodes.Success;
    }

    // The assembly version (Directory.Build.props), not the informational one: that carries a commit hash.
    private static readonly string ToolVersion = typeof(AssessHandler).Assembly.GetName().Version is { } version
        ? version.ToString(3)
        : "0.0.0";

    private static PortfolioDataset WithAnswers(PortfolioDataset dataset, AnswerSheet? answers) => answers is null ? dataset : new PortfolioDataset
    {
        Portfolios = dataset.Portfolios,
        Projects = dataset.Projects,
        Evidence = [.. dataset.Evidence, .. answers.Answers],
        Sources = [.. dataset.Sources, answers.Source],
    };

    /// <summary>The PMO's type as the questionnaire's choice question answered it, if it did.</summary>
    private static PmoType? PmoTypeAnswered(Methodology methodology, AnswerSheet? answers) =>
        methodology.Questions.Where(question => question.Answer == AnswerType.Choice)
            .Select(question => answers?.AnswerTo(question.Id))
            .Select(answer => Enum.TryParse<PmoType>(answer, ignoreCase: true, out var type) ? type : (PmoType?)null)
            .FirstOrDefault(type => type is not null);

    private List<string> WriteOutputs(AssessmentReport report, AssessOptions settings)
    {
        Directory.CreateDirectory(settings.OutputDirectory);
        var written = new List<string>();
        foreach (var writer in writers.Where(writer => settings.Formats.Contains(writer.Format, StringComparer.Ordinal)))
        {
            var path = Path.Combine(settings.OutputDirectory, writer.FileName);
            AtomicFile.Write(path, stream => writer.Write(report, stream));
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
