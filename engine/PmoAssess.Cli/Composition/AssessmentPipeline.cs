using Microsoft.Extensions.Logging;
using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.History;
using PmoAssess.Import;
using PmoAssess.Policy;
using PmoAssess.Reporting.Output;
using PmoAssess.Scoring;

namespace PmoAssess.Cli.Composition;

/// <summary>
/// One assessment from request to verdict, shared by <c>assess</c> and <c>baseline</c>: configuration first (policy,
/// history store, rulesets, plugins, methodology, answers, baseline: any problem stops the run, and is what is reported
/// whatever the data holds, though canonical data is read while the rules load), then the data, the rules, the maturity
/// picture and the policy's verdict.
/// </summary>
internal sealed class AssessmentPipeline(RuleSetLoader ruleSetLoader, TimeProvider clock, HistoryStoreOptions historyOptions, CliEnvironment environment, ILogger<AssessmentPipeline> logger)
{
    public AssessmentRun Run(RunRequest request, CancellationToken cancellationToken)
    {
        var file = PolicyLoader.Find(request.Policy, request.Input, request.Limits);
        if (file?.Formats.FirstOrDefault(format => !ReportWriters.IsKnown(format)) is { } unknown)
        {
            throw new InvalidInputException("Unknown output format '" + unknown + "' in the policy's outputs: expected " +
                string.Join(", ", ReportWriters.Formats) + ". File=" + file.File);
        }

        // Extra rulesets and plugins from the policy file and from the command line all load.
        var sources = request.Sources.With(file);
        var choice = new MethodologyChoice(request.Methodology ?? file?.Methodology ?? MethodologyLoader.DefaultId, request.Answers);
        var pmoTypeOnCommandLine = request.PmoType;
        var baselinePath = request.Baseline ?? file?.Baseline;
        var baseline = baselinePath is null ? null : Baseline.Read(baselinePath, request.Limits);
        var mapping = request.Mapping ?? file?.Mapping;
        var source = mapping is null ? PortfolioSource.Canonical(request.Input) : PortfolioSource.Mapped(request.Input, mapping, request.Limits);

        // Which rules run cannot depend on the answers (they only set the PMO type, which changes severities), so the
        // selection is decided before the answers are read, and the policy in force once they are.
        var selection = new EffectivePolicy(file, request.FailOn, pmoTypeOnCommandLine, pmoTypeAnswered: null);

        // The timeout covers the phases that run code the host does not control: reading the data, the rules, and then
        // the plugins' report sections (AssessHandler).
        var deadline = new RunDeadline(request.Timeout, clock);
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var engagement = file?.Engagement ?? request.Engagement;
        var ((history, rules), imported) = ReadBesideLoading(source, () =>
        {
            // The history store is opened (checked and migrated; a new one is made only when the run is recorded) first:
            // a damaged or foreign file stops the run (exit 3) before any rule runs, and is left as it is. The last run is
            // read once the rules have run.
            var store = request.History is { } historyPath ? OpenHistory(historyPath, engagement, asOf) : null;
            return (store, ruleSetLoader.Load(sources, choice, rule => selection.Decide(rule).Enabled, request.Limits));
        }, deadline, request.Limits, cancellationToken);
        var (methodology, answers) = (rules.Methodology!, rules.Answers);
        var policy = new EffectivePolicy(file, request.FailOn, pmoTypeOnCommandLine, PmoTypeAnswered(methodology, answers));
        var dataset = WithAnswers(imported.Dataset, answers);
        Log.InputRead(logger, dataset.Projects.Count, request.Input);

        var dataQuality = imported.Quality?.Where(rule => selection.Decide(rule).Enabled);
        var progress = environment.Progress;
        var result = progress.Step(
            "Evaluating " + rules.Catalog.Rules.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " rules",
            () =>
            {
                HeapCollection.AfterReading(dataset);
                return deadline.Run("running the rules", token => AssessmentRunner.Run(dataset, rules.Catalog, asOf, dataQuality, token), cancellationToken);
            });
        Log.Assessed(logger, result.Outcomes.Count, result.Rules.Count);

        var targets = (file?.Targets ?? MaturityTargets.None) is var fromPolicy && request.TargetLevel is { } level
            ? fromPolicy with { Default = level }
            : fromPolicy;
        var (maturity, verdict) = progress.Step("Scoring", () =>
        {
            var maturity = MaturityScorer.Score(result, methodology, targets);
            return (maturity, PolicyApplication.Apply(result, policy, baseline, maturity));
        });
        // A waiver for a rule that is not there is almost always a typo, which would otherwise show only in the report.
        foreach (var waiver in verdict.MatchingNoRule)
        {
            Log.WaiverMatchesNoRule(logger, waiver.Rule, waiver.Location);
        }

        return new AssessmentRun(engagement, rules, result, maturity, policy, verdict, baseline, deadline, history);
    }

    /// <summary>
    /// Opens the history store, loads the rules and reads the data, side by side where it can (reading the last run of a
    /// large portfolio, and parsing and compiling the rules, take a second or more each): a folder or document in the
    /// canonical layout needs nothing from them, but a mapping may name files in a plugin's table format, so mapped data
    /// is read once they are loaded. Configuration still comes first: when the store or the rules cannot load, that is
    /// what is reported, at once and whatever the data holds, and what was read of it is dropped. The timeout covers
    /// reading the data, not waiting for the loading, as when the loading came before its clock started.
    /// </summary>
    private ((HistoryContext? History, LoadedRules Rules) Loaded, ImportResult Imported) ReadBesideLoading(
        PortfolioSource source, Func<(HistoryContext? History, LoadedRules Rules)> load, RunDeadline deadline, InputLimits limits, CancellationToken cancellationToken)
    {
        if (source.IsMapped)
        {
            var loaded = deadline.Excluding(load);
            return (loaded, Read(source, loaded.Rules.TableFormats, deadline, limits, cancellationToken));
        }

        using var loadingFailed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var loading = Task.Run(() =>
        {
            try
            {
                return load();
            }
            catch
            {
                loadingFailed.Cancel(); // stops the wait for the data at once
                throw;
            }
        }, CancellationToken.None);

        ImportResult imported;
        try
        {
            imported = Read(source, formats: null, deadline, limits, loadingFailed.Token);
        }
        catch (Exception) when (FailureOf(loading) is { } loadFailure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(loadFailure);
            throw; // not reached
        }

        return (deadline.Excluding(() => loading.GetAwaiter().GetResult()), imported);
    }

    private ImportResult Read(PortfolioSource source, IReadOnlyList<Import.ITableFormat>? formats, RunDeadline deadline, InputLimits limits, CancellationToken cancellationToken) =>
        environment.Progress.Step("Reading the data", () => deadline.Run("reading the data", _ => source.Read(formats, limits), cancellationToken));

    /// <summary>What stopped the loading, once it is done; <c>null</c> when everything loaded.</summary>
    private static Exception? FailureOf(Task loading)
    {
        Task.WaitAny(loading); // unlike Wait, does not throw what the task threw
        return loading.Exception?.InnerException;
    }

    private HistoryContext OpenHistory(string path, string engagement, DateOnly asOf)
    {
        var store = HistoryStore.Open(path, historyOptions);
        Log.HistoryOpened(logger, store.Path);
        return HistoryContext.Read(store, engagement, asOf);
    }

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
}
