using PmoAssess.Outcomes;

namespace PmoAssess.Reporting.Model;

/// <summary>
/// One line of the project scorecard: a project's findings by severity (its own and those on its risks, issues,
/// milestones and other records), how many of its outcomes could not be assessed, and its status.
/// </summary>
public sealed record ProjectScore
{
    private static readonly int SeverityCount = Enum.GetValues<Severity>().Length;

    /// <summary>The project.</summary>
    public required ReportProject Project { get; init; }

    /// <summary>Critical findings.</summary>
    public int Critical { get; init; }

    /// <summary>High findings.</summary>
    public int High { get; init; }

    /// <summary>Medium findings.</summary>
    public int Medium { get; init; }

    /// <summary>Low findings.</summary>
    public int Low { get; init; }

    /// <summary>Info findings: advice, never part of the status.</summary>
    public int Info { get; init; }

    /// <summary>Outcomes on the project or its records that the data could not decide.</summary>
    public int NotAssessable { get; init; }

    /// <summary>The severity of its worst finding, or <c>null</c> when it has none.</summary>
    public Severity? Worst => Critical > 0 ? Severity.Critical
        : High > 0 ? Severity.High
        : Medium > 0 ? Severity.Medium
        : Low > 0 ? Severity.Low
        : Info > 0 ? Severity.Info
        : null;

    /// <summary>Red for a critical or high finding, amber for a medium one, green otherwise.</summary>
    public ProjectStatus Status => Worst switch
    {
        Severity.Critical or Severity.High => ProjectStatus.Red,
        Severity.Medium => ProjectStatus.Amber,
        _ => ProjectStatus.Green,
    };

    /// <summary>
    /// The scorecard of <paramref name="report"/>: one line per project, the most severe first (by critical,
    /// then high, medium, low and info counts, then not assessable), ties by project id.
    /// </summary>
    public static IReadOnlyList<ProjectScore> Scorecard(AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var findings = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var finding in report.Findings)
        {
            if (finding.Outcome.ProjectId is { } projectId)
            {
                if (!findings.TryGetValue(projectId, out var counts))
                {
                    counts = new int[SeverityCount];
                    findings.Add(projectId, counts);
                }

                counts[(int)finding.Severity]++;
            }
        }

        var notAssessable = report.NotAssessable
            .Where(outcome => outcome.ProjectId is not null)
            .CountBy(outcome => outcome.ProjectId!, StringComparer.Ordinal)
            .ToDictionary(StringComparer.Ordinal);

        var scores = new ProjectScore[report.Projects.Count];
        for (var index = 0; index < scores.Length; index++)
        {
            var project = report.Projects[index];
            var counts = findings.GetValueOrDefault(project.Id);
            scores[index] = new ProjectScore
            {
                Project = project,
                Critical = Count(counts, Severity.Critical),
                High = Count(counts, Severity.High),
                Medium = Count(counts, Severity.Medium),
                Low = Count(counts, Severity.Low),
                Info = Count(counts, Severity.Info),
                NotAssessable = notAssessable.GetValueOrDefault(project.Id),
            };
        }

        // One comparison of every key rather than a sort per key: a portfolio may have a hundred thousand projects. Ties
        // keep the dataset's order, as a stable sort would.
        var ranks = new Rank[scores.Length];
        for (var index = 0; index < ranks.Length; index++)
        {
            ranks[index] = new Rank(scores[index], index);
        }

        Array.Sort(ranks, scores);
        return scores;
    }

    private static int Count(int[]? counts, Severity severity) => counts is null ? 0 : counts[(int)severity];

    /// <summary>Where a project goes on the scorecard: the most severe findings first, then by id, then in the dataset's order.</summary>
    private readonly struct Rank(ProjectScore score, int index) : IComparable<Rank>
    {
        private readonly ProjectScore _score = score;
        private readonly int _index = index;

        public int CompareTo(Rank other)
        {
            var (x, y) = (_score, other._score);
            var order = y.Critical.CompareTo(x.Critical);
            order = order != 0 ? order : y.High.CompareTo(x.High);
            order = order != 0 ? order : y.Medium.CompareTo(x.Medium);
            order = order != 0 ? order : y.Low.CompareTo(x.Low);
            order = order != 0 ? order : y.Info.CompareTo(x.Info);
            order = order != 0 ? order : y.NotAssessable.CompareTo(x.NotAssessable);
            order = order != 0 ? order : string.CompareOrdinal(x.Project.Id, y.Project.Id);
            return order != 0 ? order : _index.CompareTo(other._index);
        }
    }
}
