using System.Reflection;
using PmoAssess.Facts;

namespace PmoAssess.Rulesets.Expressions;

/// <summary>The fields an expression may read on each kind of fact, for did-you-mean hints.</summary>
internal static class FieldNames
{
    private static readonly Type[] FactTypes =
    [
        typeof(Project), typeof(Portfolio), typeof(OrganisationEvidence), typeof(Risk), typeof(Issue), typeof(ChangeRequest),
        typeof(Milestone), typeof(StageGate), typeof(Benefit), typeof(ResourceAllocation),
    ];

    public static Type? FactType(string clrName) => FactTypes.FirstOrDefault(type => type.Name == clrName);

    public static IReadOnlyList<string> Of(Type? factType) =>
        factType is null
            ? []
            : [.. factType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.Name is not (nameof(Fact.Source) or nameof(Fact.Kind)))
                .Select(property => char.ToLowerInvariant(property.Name[0]) + property.Name[1..])];
}
