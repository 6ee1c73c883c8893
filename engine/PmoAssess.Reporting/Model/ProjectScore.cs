using PmoAssess.Outcomes;

namespace PmoAssess.Reporting.Model;

/// <summary>
/// One line of the project scorecard: a project's findings by severity (its own and those on its risks, issues,
/// milestones and other records), how many of its outcomes could not be assessed, and its status.
/// </summary>
public sealed record ProjectScore
{
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
        var projects = new ProjectPlaces(report.Projects);
        return WorstFirst(InDatasetOrder(report, projects, FindingsTally.Of(report.Findings, projects)));
    }

    /// <summary>
    /// One line per project of <paramref name="report"/>, in the dataset's order, its findings counted in
    /// <paramref name="tally"/> by their project's place in <paramref name="projects"/>.
    /// </summary>
    internal static ProjectScore[] InDatasetOrder(AssessmentReport report, ProjectPlaces projects, FindingsTally tally)
    {
        // Counted into arrays by the project's place: one look-up per outcome, none per project afterwards.
        var notAssessable = new int[report.Projects.Count];
        foreach (var outcome in report.NotAssessable)
        {
            if (projects.PlaceOf(outcome.ProjectId) is var place and >= 0)
            {
                notAssessable[place]++;
            }
        }

        var scores = new ProjectScore[report.Projects.Count];
        for (var index = 0; index < scores.Length; index++)
        {
            // Projects that share an id share the first one's counts, as each is counted once under its id.
            var place = projects.FirstPlaceOf(index);
            var counts = tally.OfProject(place);
            scores[index] = new ProjectScore
            {
                Project = report.Projects[index],
                Critical = counts[(int)Severity.Critical],
                High = counts[(int)Severity.High],
                Medium = counts[(int)Severity.Medium],
                Low = counts[(int)Severity.Low],
                Info = counts[(int)Severity.Info],
                NotAssessable = notAssessable[place],
            };
        }

        return scores;
    }

    /// <summary>
    /// <paramref name="scores"/> (in the dataset's order) the most severe first, ties by project id, then in the dataset's
    /// order, as a stable sort would leave them.
    /// </summary>
    internal static ProjectScore[] WorstFirst(ProjectScore[] scores)
    {
        // One comparison of every key rather than a sort per key: a portfolio may have a hundred thousand projects. The
        // keys are copied beside each other so that comparing two reads no project.
        var ranks = new Rank[scores.Length];
        for (var index = 0; index < ranks.Length; index++)
        {
            ranks[index] = new Rank(scores[index], index);
        }

        Array.Sort(ranks);
        var worstFirst = new ProjectScore[scores.Length];
        for (var index = 0; index < ranks.Length; index++)
        {
            worstFirst[index] = scores[ranks[index].Index];
        }

        return worstFirst;
    }

    /// <summary>Where a project goes on the scorecard: the most severe findings first, then by id, then in the dataset's order.</summary>
    private readonly struct Rank(ProjectScore score, int index) : IComparable<Rank>
    {
        private readonly int _critical = score.Critical;
        private readonly int _high = score.High;
        private readonly int _medium = score.Medium;
        private readonly int _low = score.Low;
        private readonly int _info = score.Info;
        private readonly int _notAssessable = score.NotAssessable;
        private readonly string _id = score.Project.Id;

        public int Index { get; } = index;

        public int CompareTo(Rank other)
        {
            var order = other._critical.CompareTo(_critical);
            order = order != 0 ? order : other._high.CompareTo(_high);
            order = order != 0 ? order : other._medium.CompareTo(_medium);
            order = order != 0 ? order : other._low.CompareTo(_low);
            order = order != 0 ? order : other._info.CompareTo(_info);
            order = order != 0 ? order : other._notAssessable.CompareTo(_notAssessable);
            order = order != 0 ? order : string.CompareOrdinal(_id, other._id);
            return order != 0 ? order : Index.CompareTo(other.Index);
        }
    }
}
