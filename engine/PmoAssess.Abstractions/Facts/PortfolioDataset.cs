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
            for (var kind = 0; kind < RegisterKinds; kind++)
            {
                var register = Register(project, kind);
                for (var index = 0; index < register.Count; index++)
                {
                    yield return register[index];
                }
            }
        }

        foreach (var answer in Evidence)
        {
            yield return answer;
        }
    }

    /// <summary>How many facts <see cref="AllFacts"/> yields, counted without going through them.</summary>
    public int CountFacts()
    {
        var count = Portfolios.Count + Projects.Count + Evidence.Count;
        foreach (var project in Projects)
        {
            for (var kind = 0; kind < RegisterKinds; kind++)
            {
                count += Register(project, kind).Count;
            }
        }

        return count;
    }

    /// <summary>
    /// The facts of one kind, in the order <see cref="AllFacts"/> yields them, in an array of their own; made without asking
    /// any fact its kind.
    /// </summary>
    public IReadOnlyList<Fact> FactsOf(EntityKind kind) => kind switch
    {
        // Arrays, typed as facts: a caller that holds millions can take one over instead of copying it.
        EntityKind.Organisation => (Fact[])[.. Evidence],
        EntityKind.Portfolio => (Fact[])[.. Portfolios],
        EntityKind.Project => (Fact[])[.. Projects],
        _ => RegisterOf(kind) is var register and >= 0 ? RecordsIn(register) : [],
    };

    /// <summary>Every project's records in one register, project by project, in an array made at its size.</summary>
    private Fact[] RecordsIn(int register)
    {
        var count = 0;
        foreach (var project in Projects)
        {
            count += Register(project, register).Count;
        }

        var facts = new Fact[count];
        var filled = 0;
        foreach (var project in Projects)
        {
            var records = Register(project, register);
            for (var index = 0; index < records.Count; index++)
            {
                facts[filled++] = records[index];
            }
        }

        return facts;
    }

    // Read by index: a chain of seven Concat iterators and their enumerators per project was 40 MB at 100,000 projects,
    // and an array of the seven registers per project 8 MB.
    private const int RegisterKinds = 7;

    /// <summary>
    /// Which of a project's registers holds the kind, 0 to 6 (risks, issues, changes, milestones, gates, benefits,
    /// allocations); -1 for a kind that is not a project's child. The import's registers are numbered the same.
    /// </summary>
    internal static int RegisterOf(EntityKind kind) => kind switch
    {
        EntityKind.Risk => 0,
        EntityKind.Issue => 1,
        EntityKind.ChangeRequest => 2,
        EntityKind.Milestone => 3,
        EntityKind.Gate => 4,
        EntityKind.Benefit => 5,
        EntityKind.Allocation => 6,
        _ => -1,
    };

    private static IReadOnlyList<ProjectChild> Register(Project project, int kind) => kind switch
    {
        0 => project.Risks,
        1 => project.Issues,
        2 => project.Changes,
        3 => project.Milestones,
        4 => project.Gates,
        5 => project.Benefits,
        _ => project.Allocations,
    };
}
