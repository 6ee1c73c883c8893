using PmoAssess.Reporting.Model;

namespace PmoAssess.History;

/// <summary>
/// Compares two runs of an engagement: the level of each category, each rule's coverage, and which findings appeared
/// and went away, keyed by rule and subject (never by row). Pure: the same runs give the same comparison.
/// </summary>
public static class HistoryComparer
{
    /// <summary>Compares <paramref name="previous"/> (the earlier run) with <paramref name="current"/> (the later one).</summary>
    /// <param name="previous">The earlier run; <c>null</c> when <paramref name="current"/> is the first recorded.</param>
    /// <param name="current">The later run.</param>
    /// <param name="earlier">
    /// The levels of earlier runs for the trend, oldest first; runs under another methodology than <paramref name="current"/>'s,
    /// or at or after its id, are left out, and only the last <see cref="HistoryComparison.TrendRuns"/> − 1 are kept.
    /// </param>
    public static HistoryComparison Compare(RunRecord? previous, RunRecord current, IReadOnlyList<RunLevels>? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        var trend = Trend(current, earlier ?? []);
        if (previous is null)
        {
            return new HistoryComparison
            {
                Current = current.Summary(),
                Levels = [.. current.Categories.Select(category => new LevelChange { CategoryId = category.Id, Category = category.Name, After = category.Level })],
                Trend = trend,
            };
        }

        // Levels compare only under one methodology: "level 2" means something else in another.
        var sameMethodology = string.Equals(previous.MethodologyId, current.MethodologyId, StringComparison.Ordinal);
        var before = sameMethodology ? previous.Categories.ToDictionary(category => category.Id, StringComparer.Ordinal) : [];
        var previousKeys = previous.Findings.Select(finding => finding.Key).ToHashSet();
        var currentKeys = current.Findings.Select(finding => finding.Key).ToHashSet();
        var rulesRun = current.Rules.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);
        var coverageBefore = previous.Rules.ToDictionary(rule => rule.Id, rule => rule.Coverage, StringComparer.Ordinal);

        return new HistoryComparison
        {
            Previous = previous.Summary(),
            Current = current.Summary(),
            Levels = [.. current.Categories.Select(category => new LevelChange
            {
                CategoryId = category.Id,
                Category = category.Name,
                Before = before.GetValueOrDefault(category.Id)?.Level,
                After = category.Level,
            })],
            Coverage = [.. current.Rules
                .Where(rule => rule.Coverage is not null && coverageBefore.GetValueOrDefault(rule.Id) is { } was && was != rule.Coverage)
                .OrderBy(rule => rule.Id, StringComparer.Ordinal)
                .Select(rule => new CoverageChange { RuleId = rule.Id, Title = rule.Title, Before = coverageBefore[rule.Id]!.Value, After = rule.Coverage!.Value })],
            NewFindings = Changes(current.Findings.Where(finding => !previousKeys.Contains(finding.Key))),
            ResolvedFindings = Changes(previous.Findings.Where(finding => rulesRun.Contains(finding.RuleId) && !currentKeys.Contains(finding.Key))),
            Trend = trend,
        };
    }

    /// <summary>The findings as changes, each (rule, subject) once, most severe first, then by rule, subject kind and subject.</summary>
    private static List<FindingChange> Changes(IEnumerable<RecordedFinding> findings) =>
        [.. findings
            .DistinctBy(finding => finding.Key)
            .OrderByDescending(finding => finding.Severity)
            .ThenBy(finding => finding.RuleId, StringComparer.Ordinal)
            .ThenBy(finding => finding.SubjectKind)
            .ThenBy(finding => finding.SubjectId, StringComparer.Ordinal)
            .Select(finding => new FindingChange
            {
                RuleId = finding.RuleId,
                SubjectKind = finding.SubjectKind,
                SubjectId = finding.SubjectId,
                ProjectId = finding.ProjectId,
                Severity = finding.Severity,
                State = finding.State,
                Message = finding.Message,
            })];

    /// <summary>The earlier runs under the current run's methodology and the current run, with levels in the current run's category order.</summary>
    private static List<TrendPoint> Trend(RunRecord current, IReadOnlyList<RunLevels> earlier)
    {
        var categories = current.Categories.Select(category => category.Id).ToList();
        var points = earlier
            .Where(run => current.Id is not { } id || run.Run.Id < id)
            .Where(run => string.Equals(run.Run.MethodologyId, current.MethodologyId, StringComparison.Ordinal))
            .TakeLast(HistoryComparison.TrendRuns - 1)
            .Select(run => Point(run.Run, run.Categories, categories))
            .ToList();
        points.Add(Point(current.Summary(), current.Categories, categories));
        return points;
    }

    private static TrendPoint Point(HistoryRun run, IReadOnlyList<RecordedCategory> levels, List<string> categories)
    {
        var byId = levels.ToDictionary(category => category.Id, category => category.Level, StringComparer.Ordinal);
        return new TrendPoint { Run = run, Levels = [.. categories.Select(id => byId.GetValueOrDefault(id))] };
    }
}
