namespace PmoAssess.Facts;

/// <summary>A record that belongs to one project: a risk, gate, milestone and so on.</summary>
public abstract class ProjectChild : Fact
{
    /// <summary>The id of the project it belongs to.</summary>
    public required string ProjectId { get; init; }
}
