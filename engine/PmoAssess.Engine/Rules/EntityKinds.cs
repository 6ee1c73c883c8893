using PmoAssess.Facts;

namespace PmoAssess.Rules;

/// <summary>The entity kind of each fact type, for checking what a rule says it assesses against what it does.</summary>
internal static class EntityKinds
{
    private static readonly Dictionary<Type, EntityKind> ByType = new()
    {
        [typeof(OrganisationEvidence)] = EntityKind.Organisation,
        [typeof(Portfolio)] = EntityKind.Portfolio,
        [typeof(Project)] = EntityKind.Project,
        [typeof(Risk)] = EntityKind.Risk,
        [typeof(Issue)] = EntityKind.Issue,
        [typeof(ChangeRequest)] = EntityKind.ChangeRequest,
        [typeof(Milestone)] = EntityKind.Milestone,
        [typeof(StageGate)] = EntityKind.Gate,
        [typeof(Benefit)] = EntityKind.Benefit,
        [typeof(ResourceAllocation)] = EntityKind.Allocation,
    };

    /// <summary>The kind of a concrete fact type, or <c>null</c> for a base type that covers several.</summary>
    public static EntityKind? Of(Type factType) => ByType.TryGetValue(factType, out var kind) ? kind : null;
}
