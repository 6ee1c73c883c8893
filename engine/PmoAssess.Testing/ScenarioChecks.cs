using PmoAssess.Facts;

namespace PmoAssess.Testing;

/// <summary>
/// Catches mistakes in a scenario's facts that would otherwise surface as a confusing outcome: duplicate
/// ids make "the outcome for P1" ambiguous, and a record filed under the wrong project reports the wrong project.
/// </summary>
internal static class ScenarioChecks
{
    public static void ThrowIfInconsistent(PortfolioDataset dataset)
    {
        foreach (var project in dataset.Projects)
        {
            var stray = ChildrenOf(project).FirstOrDefault(child => !string.Equals(child.ProjectId, project.Id, StringComparison.Ordinal));
            if (stray is not null)
            {
                throw new InvalidOperationException(
                    "A record is attached to a project whose id it does not name; set its ProjectId to the project's id. " +
                    "Fact=" + stray + ", ProjectId=" + stray.ProjectId + ", AttachedTo=" + project.Id);
            }
        }

        var duplicate = dataset.AllFacts()
            .GroupBy(fact => (fact.Kind, fact.Id))
            .FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                "Two facts of one kind share an id, so their outcomes could not be told apart; give each its own id. " +
                "Kind=" + duplicate.Key.Kind + ", Id=" + duplicate.Key.Id);
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
