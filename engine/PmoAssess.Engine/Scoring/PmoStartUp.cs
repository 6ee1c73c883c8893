namespace PmoAssess.Scoring;

/// <summary>
/// The steps of setting up a PMO, which lead the roadmap of an organisation that has none working yet
/// (governance below level 2): a PMO that cannot yet govern is not helped by a list of rule failures. A methodology's
/// question may show a step is taken (<see cref="MethodologyQuestion.SetUpStep"/>): once every question that names a
/// step is met, the step is left out, so an organisation whose answers show a charter is not told to write one.
/// </summary>
internal static class PmoStartUp
{
    public static readonly IReadOnlyList<(string Key, RoadmapStep Step)> Steps =
    [
        ("objectives", new() { Action = "Define the PMO's objectives", Detail = "Agree with the executive what the PMO is for, which decisions it supports and how its success will be judged." }),
        ("tools", new() { Action = "Choose its tools and processes", Detail = "Set the project life cycle, the stage gates, the status report and the registers every project keeps, and the tool that holds them." }),
        ("organisation", new() { Action = "Organise and staff it", Detail = "Decide the PMO's type (supportive, controlling or directive), its roles and who fills them." }),
        ("engagement", new() { Action = "Engage and communicate", Detail = "Introduce the PMO to sponsors and project managers, explain what it asks of them and what it gives back." }),
        ("routines", new() { Action = "Run its monthly routines", Detail = "Collect status reports, review the portfolio with the board, and follow up on decisions every month." }),
        ("charter", new() { Action = "Write and approve its charter", Detail = "Record the PMO's purpose, authority, services and sponsor in a charter the executive approves." }),
    ];

    /// <summary>The keys a question's <c>setUpStep</c> may name.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. Steps.Select(step => step.Key)];

    /// <summary>Whether a category is the one that shows a working PMO.</summary>
    public static bool IsGovernance(MethodologyCategory category) => category.Id.Contains("governance", StringComparison.OrdinalIgnoreCase);

    /// <summary>The steps still to take: those no question shows taken, where every question naming a step is met.</summary>
    public static IEnumerable<RoadmapStep> StillToTake(Methodology methodology, IReadOnlyList<CategoryScore> categories)
    {
        var states = categories.SelectMany(category => category.Rules).ToDictionary(rule => rule.Rule.Id, rule => rule.State, StringComparer.Ordinal);
        var taken = methodology.Questions
            .Where(question => question.SetUpStep is not null)
            .GroupBy(question => question.SetUpStep!, StringComparer.Ordinal)
            .Where(step => step.All(question => states.GetValueOrDefault(question.Id, RuleState.NotEvidenced) == RuleState.Met))
            .Select(step => step.Key)
            .ToHashSet(StringComparer.Ordinal);
        return Steps.Where(step => !taken.Contains(step.Key)).Select(step => step.Step);
    }
}
