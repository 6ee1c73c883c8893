using PmoAssess.Facts;

namespace PmoAssess.Generation;

/// <summary>What a project's registers need to know about the project written before them.</summary>
internal readonly record struct GeneratedProject(
    string Id, LifecycleStage? Stage, DateOnly Start, DateOnly End, long Budget, bool BusinessCaseApproved, string? Manager)
{
    public bool IsActive => Stage is not null and not LifecycleStage.Closed;

    public bool IsLive => Stage is LifecycleStage.Planning or LifecycleStage.Execution or LifecycleStage.Closing;
}
