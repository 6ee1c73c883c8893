using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PmoAssess.Facts;
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
        var (newFindings, resolvedFindings) = FindingChanges(previous, current);
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
            NewFindings = newFindings,
            ResolvedFindings = resolvedFindings,
            Trend = trend,
        };
    }

    /// <summary>The findings that appeared, and those of the rules run that went away.</summary>
    private static (List<FindingChange> New, List<FindingChange> Resolved) FindingChanges(RunRecord previous, RunRecord current)
    {
        // Unchanged data gives the same findings in the same order: then none appeared or went away, which the runs' keys
        // tell when both are known (the last run's findings are then not even read), or one pass over both runs without a
        // set of either's keys.
        if (previous.FindingKeysSha256 is { } keys && string.Equals(keys, current.FindingKeysSha256, StringComparison.Ordinal))
        {
            return ([], []);
        }

        var (before, after) = (previous.Findings, current.Findings);
        if (before.Count == after.Count && Enumerable.Range(0, before.Count).All(index => FindingKeyComparer.Instance.Equals(KeyedFindings.KeyAt(before, index), KeyedFindings.KeyAt(after, index))))
        {
            return ([], []);
        }

        // One table of the last run's keys, each with the place of its first finding and whether the new run has it: the
        // new run's findings not in it appeared, and its keys the new run never had went away. Two sets, one of each run's
        // keys, hashed every key twice as often (two runs of 100,000 projects have 724,000 findings).
        var rulesRun = current.Rules.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);
        var keysBefore = FirstPlaces(before);
        var appeared = new List<int>();
        for (var index = 0; index < after.Count; index++)
        {
            ref var found = ref CollectionsMarshal.GetValueRefOrNullRef(keysBefore, KeyedFindings.KeyAt(after, index));
            if (Unsafe.IsNullRef(ref found))
            {
                appeared.Add(index);
            }
            else
            {
                found.StillThere = true;
            }
        }

        List<int> wentAway = [.. keysBefore.Where(pair => !pair.Value.StillThere && rulesRun.Contains(pair.Key.Rule)).Select(pair => pair.Value.First).Order()];
        return (Changes(after, appeared), Changes(before, wentAway));
    }

    /// <summary>Each key of <paramref name="findings"/>, with the place of the first finding that has it.</summary>
    // Sized up front and compared field by field: a table grown one key at a time, hashing each key through the tuple's
    // generic comparers, took most of a second for two runs of 100,000 projects.
    private static Dictionary<(string Rule, EntityKind Kind, string Subject), (int First, bool StillThere)> FirstPlaces(IReadOnlyList<RecordedFinding> findings)
    {
        var places = new Dictionary<(string Rule, EntityKind Kind, string Subject), (int First, bool StillThere)>(findings.Count, FindingKeyComparer.Instance);
        for (var index = 0; index < findings.Count; index++)
        {
            places.TryAdd(KeyedFindings.KeyAt(findings, index), (index, false));
        }

        return places;
    }

    private sealed class FindingKeyComparer : IEqualityComparer<(string Rule, EntityKind Kind, string Subject)>
    {
        public static readonly FindingKeyComparer Instance = new();

        public bool Equals((string Rule, EntityKind Kind, string Subject) x, (string Rule, EntityKind Kind, string Subject) y) =>
            x.Kind == y.Kind && string.Equals(x.Subject, y.Subject, StringComparison.Ordinal) && string.Equals(x.Rule, y.Rule, StringComparison.Ordinal);

        public int GetHashCode((string Rule, EntityKind Kind, string Subject) key) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(key.Rule), key.Kind, StringComparer.Ordinal.GetHashCode(key.Subject));
    }

    /// <summary>
    /// The findings at <paramref name="indices"/> (ascending), as changes, each (rule, subject) once, most severe first,
    /// then by rule, subject kind and subject. Only those are made whole: a message is read for a change, not for a key.
    /// </summary>
    private static List<FindingChange> Changes(IReadOnlyList<RecordedFinding> findings, List<int> indices)
    {
        var whole = findings is KeyedFindings keyed ? keyed.Whole(indices) : [.. indices.Select(index => findings[index])];
        return [.. whole
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
    }

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
