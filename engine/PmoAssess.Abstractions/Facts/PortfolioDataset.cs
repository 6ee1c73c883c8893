namespace PmoAssess.Facts;

/// <summary>
/// Everything read for one assessment: portfolios, projects with their registers attached,
/// the organisation's answers, and the files they came from.
/// </summary>
public sealed class PortfolioDataset
{
    /// <summary>The portfolios.</summary>
    public IReadOnlyList<Portfolio> Portfolios { get; init; } = [];

    /// <summary>The projects, each with its child records attached.</summary>
    public IReadOnlyList<Project> Projects { get; init; } = [];

    /// <summary>The organisation's answers about its PMO.</summary>
    public IReadOnlyList<OrganisationEvidence> Evidence { get; init; } = [];

    /// <summary>The files read, in the order they were read.</summary>
    public IReadOnlyList<DataSource> Sources { get; init; } = [];

    /// <summary>Every fact in the dataset: portfolios, projects, their child records and the organisation's answers.</summary>
    public IEnumerable<Fact> AllFacts()
    {
        foreach (var portfolio in Portfolios)
        {
            yield return portfolio;
        }

        foreach (var project in Projects)
        {
            yield return project;
            foreach (var child in ChildrenOf(project))
            {
                yield return child;
            }
        }

        foreach (var answer in Evidence)
        {
            yield return answer;
        }
    }

    private static IEnumerable<ProjectChild> ChildrenOf(Project project) =>
        project.Risks.Cast<ProjectChild>()
            .Concat(project.Issues)
            .Concat(project.Changes)
            .Concat(project.Milestones)
            .Concat(project.Gates)
            .Concat(project.Benefits)
            .Concat(project.Allocations);
}
