namespace PmoAssess.Reporting.Model;

/// <summary>
/// What moved between an earlier run of an engagement and a later one: levels per category, rules whose coverage
/// changed, new and resolved findings, and the trend of levels over the last runs. The report's "Since the last
/// assessment" section renders it; <c>pmoassess history compare</c> prints it. Immutable.
/// </summary>
public sealed record HistoryComparison
{
    /// <summary>How many runs the trend spans at most, the later run included.</summary>
    public const int TrendRuns = 10;

    /// <summary>The earlier run; <c>null</c> when the later one is the first its history records.</summary>
    public HistoryRun? Previous { get; init; }

    /// <summary>The later run: in a report, the assessment being reported.</summary>
    public required HistoryRun Current { get; init; }

    /// <summary>Whether the two runs were scored under different methodologies, whose levels do not compare.</summary>
    public bool MethodologyChanged => Previous is { } previous && !string.Equals(previous.MethodologyId, Current.MethodologyId, StringComparison.Ordinal);

    /// <summary>Each category of the later run, in the methodology's order, with its level before and after.</summary>
    public IReadOnlyList<LevelChange> Levels { get; init; } = [];

    /// <summary>Rules that ran in both runs and whose coverage changed, ordered by rule id.</summary>
    public IReadOnlyList<CoverageChange> Coverage { get; init; } = [];

    /// <summary>Findings of the later run that the earlier one did not have, most severe first.</summary>
    public IReadOnlyList<FindingChange> NewFindings { get; init; } = [];

    /// <summary>
    /// Findings of the earlier run that the later one does not have, most severe first; only of rules that ran in the
    /// later run (a rule that did not run fixed nothing).
    /// </summary>
    public IReadOnlyList<FindingChange> ResolvedFindings { get; init; } = [];

    /// <summary>The levels of the last runs of the engagement under the same methodology, oldest first, ending with the later run.</summary>
    public IReadOnlyList<TrendPoint> Trend { get; init; } = [];

    /// <summary>Categories that fell to a lower level.</summary>
    public IEnumerable<LevelChange> LevelRegressions => Levels.Where(level => level.IsRegression);

    /// <summary>Rules whose coverage fell.</summary>
    public IEnumerable<CoverageChange> CoverageRegressions => Coverage.Where(rule => rule.IsRegression);
}
