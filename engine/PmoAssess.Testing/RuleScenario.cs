using PmoAssess.Assessment;
using PmoAssess.Facts;

namespace PmoAssess.Testing;

/// <summary>
/// One rule test: the rules (chosen by <see cref="RuleHarness"/>), the assessment date and the facts.
/// <see cref="Run"/> assesses the facts as <c>pmoassess assess</c> would, including the not-applicable
/// outcomes the engine fills in. A scenario is a mutable builder: make one per test.
/// </summary>
public sealed class RuleScenario
{
    private readonly IReadOnlyList<RuleSource> _rules;
    private readonly List<Portfolio> _portfolios = [];
    private readonly List<Project> _projects = [];
    private readonly List<OrganisationEvidence> _evidence = [];
    private DateOnly _asOf = RuleHarness.DefaultAsOf;

    internal RuleScenario(IReadOnlyList<RuleSource> rules) => _rules = rules;

    /// <summary>Sets the assessment date the rules see as <see cref="Rules.IAssessmentContext.AsOf"/> (default <see cref="RuleHarness.DefaultAsOf"/>).</summary>
    public RuleScenario AsOf(DateOnly asOf)
    {
        _asOf = asOf;
        return this;
    }

    /// <summary>
    /// Adds facts: projects (with their risks, milestones, gates and other records attached, as the importer
    /// attaches them), portfolios and the organisation's answers (<see cref="OrganisationEvidence"/>).
    /// </summary>
    /// <param name="facts">The facts. A project's child records go in its lists, not here.</param>
    /// <exception cref="ArgumentException">A fact is a project's child record, or a kind the engine never reads.</exception>
    public RuleScenario Given(params Fact[] facts) => Given((IEnumerable<Fact>)facts);

    /// <inheritdoc cref="Given(Fact[])"/>
    public RuleScenario Given(IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts)
        {
            ArgumentNullException.ThrowIfNull(fact, nameof(facts));
            switch (fact)
            {
                case Project project:
                    _projects.Add(project);
                    break;
                case Portfolio portfolio:
                    _portfolios.Add(portfolio);
                    break;
                case OrganisationEvidence answer:
                    _evidence.Add(answer);
                    break;
                case ProjectChild child:
                    throw new ArgumentException(
                        "Attach a project's records to the project, as the importer does, e.g. new Project { Id = \"" + child.ProjectId +
                        "\", " + ListOf(child) + " = [...] }. Fact=" + child, nameof(facts));
                default:
                    throw new ArgumentException(
                        "The engine assesses projects (with their records), portfolios and organisation evidence only. Fact=" + fact +
                        ", Type=" + fact.GetType().FullName, nameof(facts));
            }
        }

        return this;
    }

    /// <summary>Adds everything in a dataset, e.g. one read from a sample folder with the engine's importer.</summary>
    public RuleScenario Given(PortfolioDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _portfolios.AddRange(dataset.Portfolios);
        _projects.AddRange(dataset.Projects);
        _evidence.AddRange(dataset.Evidence);
        return this;
    }

    /// <summary>Compiles the rules (once per set of rules, then cached) and assesses the facts.</summary>
    /// <exception cref="InvalidOperationException">Two facts of one kind share an id, or a record is attached to a project whose id it does not name.</exception>
    /// <exception cref="Rules.InvalidRuleException">A rule is not a valid rule, or NRules cannot compile it.</exception>
    public RuleScenarioResult Run()
    {
        var dataset = new PortfolioDataset { Portfolios = [.. _portfolios], Projects = [.. _projects], Evidence = [.. _evidence] };
        ScenarioChecks.ThrowIfInconsistent(dataset);
        var catalog = CatalogCache.For(_rules);
        return new RuleScenarioResult(AssessmentRunner.Run(dataset, catalog, _asOf));
    }

    private static string ListOf(ProjectChild child) => child switch
    {
        Risk => nameof(Project.Risks),
        Issue => nameof(Project.Issues),
        ChangeRequest => nameof(Project.Changes),
        Milestone => nameof(Project.Milestones),
        StageGate => nameof(Project.Gates),
        Benefit => nameof(Project.Benefits),
        ResourceAllocation => nameof(Project.Allocations),
        _ => "...",
    };
}
