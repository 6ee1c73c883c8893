namespace PmoAssess.Scoring;

/// <summary>
/// The steps of setting up a PMO, which lead the roadmap of an organisation that has none working yet
/// (governance below level 2): a PMO that cannot yet govern is not helped by a list of rule failures.
/// </summary>
internal static class PmoStartUp
{
    public static readonly IReadOnlyList<RoadmapStep> Steps =
    [
        new() { Action = "Define the PMO's objectives", Detail = "Agree with the executive what the PMO is for, which decisions it supports and how its success will be judged." },
        new() { Action = "Choose its tools and processes", Detail = "Set the project life cycle, the stage gates, the status report and the registers every project keeps, and the tool that holds them." },
        new() { Action = "Organise and staff it", Detail = "Decide the PMO's type (supportive, controlling or directive), its roles and who fills them." },
        new() { Action = "Engage and communicate", Detail = "Introduce the PMO to sponsors and project managers, explain what it asks of them and what it gives back." },
        new() { Action = "Run its monthly routines", Detail = "Collect status reports, review the portfolio with the board, and follow up on decisions every month." },
        new() { Action = "Write and approve its charter", Detail = "Record the PMO's purpose, authority, services and sponsor in a charter the executive approves." },
    ];

    /// <summary>Whether a category is the one that shows a working PMO.</summary>
    public static bool IsGovernance(MethodologyCategory category) => category.Id.Contains("governance", StringComparison.OrdinalIgnoreCase);
}
