using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Import.Quality;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Output;
using PmoAssess.Policy;
using PmoAssess.Scoring;

namespace PmoAssess.Reporting.Model;

/// <summary>
/// What a report says, computed once from an assessment and rendered by every writer. Holds no
/// clock readings beyond the assessment date, and no machine paths beyond <see cref="SourceFolder"/> (which SARIF
/// alone shows, relative to the working directory when it can), so rendering it is deterministic.
/// </summary>
public sealed record AssessmentReport
{
    /// <summary>The engagement's name, e.g. the assessed folder's name.</summary>
    public required string Engagement { get; init; }

    /// <summary>The date the assessment was made as of.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The files assessed, with their hashes.</summary>
    public required IReadOnlyList<DataSource> Sources { get; init; }

    /// <summary>
    /// Where the assessed files are, which evidence names relative to: for outputs that point at them. <c>null</c> when
    /// not known, e.g. a report built in a test; SARIF then gives each file's name relative to the assessed folder alone.
    /// </summary>
    public SourceFolder? SourceFolder { get; init; }

    /// <summary>Where the rules came from: plugin ids with versions, in order.</summary>
    public required IReadOnlyList<string> RuleSources { get; init; }

    /// <summary>Plugins skipped because they were broken; their rules did not run.</summary>
    public IReadOnlyList<SkippedPlugin> SkippedPlugins { get; init; } = [];

    /// <summary>How many projects and portfolios were assessed.</summary>
    public required int ProjectCount { get; init; }

    /// <summary>How many portfolios the projects belong to.</summary>
    public required int PortfolioCount { get; init; }

    /// <summary>The projects assessed, in the dataset's order: for the per-project scorecard.</summary>
    public IReadOnlyList<ReportProject> Projects { get; init; } = [];

    /// <summary>
    /// Project names by project id, for labelling subjects ("Project PRJ-003 Billing"); projects without a name, or whose
    /// name is their id (an export keyed by name, as the GMPP's 2019 one), are absent: "Project Armour Armour" said nothing more.
    /// </summary>
    public required IReadOnlyDictionary<string, string> ProjectNames { get; init; }

    /// <summary>One line per rule: its outcome counts and coverage, ordered by id.</summary>
    public required IReadOnlyList<RuleSummary> Rules { get; init; }

    /// <summary>The findings, most severe first.</summary>
    public required IReadOnlyList<Finding> Findings
    {
        get => _findings;
        init
        {
            _findings = value;
            _findingCounts = null;
        }
    }

    /// <summary>
    /// How many findings have each severity (severities none has are absent). Counted once, when first asked: findings.json
    /// and the summary the CLI prints at the end both ask, and each count makes every finding again (362,000 at 100,000
    /// projects); the summary's ran after the writers, on one core, for 28 ms. report.md counts its own in the one pass
    /// of its tally (<see cref="FindingsTally"/>), which reads every finding anyway.
    /// </summary>
    public IReadOnlyDictionary<Severity, int> FindingCounts => _findingCounts ??= Findings.RulesAndSeverities().CountBy(finding => finding.Severity).ToDictionary();

    /// <summary>Outcomes the data could not decide, with the missing field.</summary>
    public required IReadOnlyList<RuleOutcome> NotAssessable { get; init; }

    /// <summary>Outcomes where a rule threw.</summary>
    public required IReadOnlyList<RuleOutcome> Errors { get; init; }

    /// <summary>Every outcome of every rule on every subject, in the assessment's order (rule, subject kind, subject id).</summary>
    public required IReadOnlyList<RuleOutcome> Outcomes
    {
        get => _outcomes;
        init
        {
            // A copy with other outcomes (`with { Outcomes = ... }`) counts and filters them afresh.
            _outcomes = value;
            _outcomeCounts = null;
            _outcomesNeedingAttention = null;
        }
    }

    /// <summary>How many outcomes have each status (statuses none has are absent); by default counted from <see cref="Outcomes"/>.</summary>
    public IReadOnlyDictionary<OutcomeStatus, int> OutcomeCounts
    {
        get => _outcomeCounts ??= Outcomes.CountBy(outcome => outcome.Status).ToDictionary();
        init => _outcomeCounts = value;
    }

    /// <summary>
    /// The outcomes that need attention (failed, not assessable, errors) in the order of <see cref="Outcomes"/>; by default
    /// filtered from it. An assessment supplies them without making its passes, which are most of its outcomes.
    /// </summary>
    public IReadOnlyList<RuleOutcome> OutcomesNeedingAttention
    {
        get => _outcomesNeedingAttention ??= [.. Outcomes.Where(outcome => OutcomeListing.NeedsAttention(outcome.Status))];
        init => _outcomesNeedingAttention = value;
    }

    /// <summary>The version of PmoAssess that made the report, e.g. <c>0.1.0</c>; machine-readable outputs name their tool.</summary>
    public string ToolVersion { get; init; } = "0.0.0";

    /// <summary>What fails the run's gate, in words, e.g. "fails on high findings and above (controlling PMO)".</summary>
    public string? Gate { get; init; }

    /// <summary>What the policy made of the findings: waived and baselined ones listed apart, waiver states, the gate's verdict.</summary>
    public PolicyVerdict? Policy { get; init; }

    /// <summary>Sections plugins added, in plugin load order.</summary>
    public IReadOnlyList<PluginSection> PluginSections { get; init; } = [];

    /// <summary>The maturity picture, when the assessment was scored under a methodology.</summary>
    public MaturityAssessment? Maturity { get; init; }

    /// <summary>What reading the data through a mapping found wrong with it; <c>null</c> for the canonical layout.</summary>
    public DataQualityReport? DataQuality { get; init; }

    /// <summary>
    /// What moved since the engagement's last recorded assessment, and the trend of its levels, when the run was recorded
    /// in a history store; <c>null</c> without history (<c>--no-history</c>). With no earlier run, it says this is the first.
    /// </summary>
    public HistoryComparison? History { get; init; }

    /// <summary>Builds the report of an assessment.</summary>
    public static AssessmentReport From(
        AssessmentResult result, string engagement, IReadOnlyList<string> ruleSources, IReadOnlyList<SkippedPlugin>? skippedPlugins = null,
        MaturityAssessment? maturity = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        List<RuleSummary> rules = [.. result.Rules.Select(rule => RuleSummary.Of(rule, result.CountsOf(rule.Descriptor.Id)))];
        return new AssessmentReport
        {
            Engagement = engagement,
            AsOf = result.AsOf,
            Sources = result.Dataset.Sources,
            RuleSources = ruleSources,
            SkippedPlugins = skippedPlugins ?? [],
            ProjectCount = result.Dataset.Projects.Count,
            PortfolioCount = result.Dataset.Projects.Select(project => project.PortfolioId).Distinct(StringComparer.Ordinal).Count(),
            Projects = [.. result.Dataset.Projects.Select(project => new ReportProject
            {
                Id = project.Id,
                Name = project.Name,
                Stage = project.Stage,
                PortfolioId = project.PortfolioId,
            })],
            ProjectNames = result.Dataset.Projects
                .Where(project => project.Name is not null && !string.Equals(project.Name, project.Id, StringComparison.Ordinal))
                .ToDictionary(project => project.Id, project => project.Name!, StringComparer.Ordinal),
            Rules = rules,
            Findings = result.Findings,
            // Lists that make each outcome when read, as the findings are: at a million projects the outcomes that need
            // attention are millions, and kept whole for the writers they were more than a gigabyte.
            NotAssessable = result.ListWhere(status => status == OutcomeStatus.NotAssessable),
            Errors = result.ListWhere(status => status == OutcomeStatus.Error),
            Outcomes = result.Outcomes,
            // Every outcome belongs to one of the rules: their counts, already made, are the totals.
            OutcomeCounts = new Dictionary<OutcomeStatus, int>
            {
                [OutcomeStatus.Passed] = rules.Sum(rule => rule.Passed),
                [OutcomeStatus.Failed] = rules.Sum(rule => rule.Failed),
                [OutcomeStatus.NotApplicable] = rules.Sum(rule => rule.NotApplicable),
                [OutcomeStatus.NotAssessable] = rules.Sum(rule => rule.NotAssessable),
                [OutcomeStatus.Error] = rules.Sum(rule => rule.Errors),
            }.Where(pair => pair.Value > 0).ToDictionary(),
            OutcomesNeedingAttention = result.ListWhere(OutcomeListing.NeedsAttention),
            Maturity = maturity,
            DataQuality = result.DataQuality,
        };
    }

    private IReadOnlyList<Finding> _findings = [];
    private IReadOnlyDictionary<Severity, int>? _findingCounts;
    private IReadOnlyList<RuleOutcome> _outcomes = [];
    private IReadOnlyDictionary<OutcomeStatus, int>? _outcomeCounts;
    private IReadOnlyList<RuleOutcome>? _outcomesNeedingAttention;
}
