using PmoAssess.Reporting.Model;
using PmoAssess.Reports;
using static PmoAssess.Reporting.Markdown.ReportText;

namespace PmoAssess.Reporting.Markdown;

/// <summary>
/// One row per project: its findings by severity, what could not be assessed, and a status from its worst
/// finding. A large portfolio shows the projects with the most severe findings; the appendix lists them all.
/// </summary>
internal static class ScorecardSection
{
    /// <summary>The heading of the appendix's full scorecard, and its anchor.</summary>
    private const string AllHeading = "Every project";

    private static readonly string[] Headers = ["Project", "Name", "Stage", "Critical", "High", "Medium", "Low", "Info", "Not assessable", "Status"];

    private static readonly bool[] RightAligned = [false, false, false, true, true, true, true, true, true, false];

    public static bool IsSummarised(IReadOnlyList<ProjectScore> scorecard) => scorecard.Count > MarkdownReportWriter.ScorecardRows;

    public static void Write(MarkdownDocument document, IReadOnlyList<ProjectScore> scorecard)
    {
        document.Heading(2, "Project scorecard");
        if (scorecard.Count == 0)
        {
            document.Paragraph("No projects were assessed.");
            return;
        }

        var shown = IsSummarised(scorecard)
            ? "The " + Number(MarkdownReportWriter.ScorecardRows) + " of the " + Number(scorecard.Count) + " projects with the most severe findings, worst first; " +
              "[" + AllHeading.ToLowerInvariant() + "](#" + Anchor(AllHeading) + ") is in the appendix, by id."
            : "Every project, worst first.";
        document.Paragraph(shown + " Findings on a project's risks, issues, milestones and other records count as the project's. " +
            "Status is the worst finding: Red for critical or high, Amber for medium, Green for low, info or none.");
        document.Table(Headers, scorecard.Take(MarkdownReportWriter.ScorecardRows).Select(Row), RightAligned);
    }

    /// <summary>
    /// The appendix's full scorecard, by project id so a reader can look a project up; <paramref name="inDatasetOrder"/> holds
    /// the same lines in the dataset's order.
    /// </summary>
    public static void WriteAll(MarkdownDocument document, IReadOnlyList<ProjectScore> scorecard, ProjectScore[] inDatasetOrder)
    {
        document.Heading(3, AllHeading);
        document.Paragraph("All " + Number(scorecard.Count) + " projects, by id.");
        var (shown, more) = AppendixPart(ById(scorecard, inDatasetOrder), "projects");
        document.Table(Headers, shown.Select(Row), RightAligned);
        if (more is not null)
        {
            document.Paragraph(more);
        }
    }

    /// <summary>
    /// The scorecard by project id, ties in scorecard order. Datasets list their projects by id as a rule, and then that
    /// order is the answer; otherwise the scorecard is sorted on keys that compare themselves, as a portfolio may have a
    /// hundred thousand projects.
    /// </summary>
    private static ProjectScore[] ById(IReadOnlyList<ProjectScore> scorecard, ProjectScore[] inDatasetOrder)
    {
        if (Ordering.IsStrictlyAscending(inDatasetOrder, ByProjectId))
        {
            // No two share an id, so no tie is left for the scorecard's order to break.
            return inDatasetOrder;
        }

        var keys = new IdThenPlace[scorecard.Count];
        var scores = new ProjectScore[scorecard.Count];
        for (var index = 0; index < scores.Length; index++)
        {
            keys[index] = new IdThenPlace(scorecard[index].Project.Id, index);
            scores[index] = scorecard[index];
        }

        Array.Sort(keys, scores);
        return scores;
    }

    private static readonly Comparison<ProjectScore> ByProjectId = (x, y) => string.CompareOrdinal(x.Project.Id, y.Project.Id);

    private readonly record struct IdThenPlace(string Id, int Place) : IComparable<IdThenPlace>
    {
        public int CompareTo(IdThenPlace other) =>
            string.CompareOrdinal(Id, other.Id) is var byId and not 0 ? byId : Place.CompareTo(other.Place);
    }

    private static IReadOnlyList<string> Row(ProjectScore score) =>
    [
        OrDash(MarkdownText.Escape(score.Project.Id)),
        OrDash(MarkdownText.Escape(score.Project.Name)),
        score.Project.Stage is { } stage ? Label(stage.ToString()).ToLowerInvariant() : "-",
        Number(score.Critical),
        Number(score.High),
        Number(score.Medium),
        Number(score.Low),
        Number(score.Info),
        Number(score.NotAssessable),
        score.Status.ToString(),
    ];
}
