using PmoAssess.Facts;

namespace PmoAssess.Rulesets;

/// <summary>The subjects a ruleset rule can apply to, by the name rulesets use.</summary>
internal static class RuleSubjects
{
    public static readonly IReadOnlyDictionary<string, (EntityKind Kind, Type Type)> ByName =
        new Dictionary<string, (EntityKind, Type)>(StringComparer.OrdinalIgnoreCase)
        {
            ["project"] = (EntityKind.Project, typeof(Project)),
            ["risk"] = (EntityKind.Risk, typeof(Risk)),
            ["issue"] = (EntityKind.Issue, typeof(Issue)),
            ["change"] = (EntityKind.ChangeRequest, typeof(ChangeRequest)),
            ["milestone"] = (EntityKind.Milestone, typeof(Milestone)),
            ["gate"] = (EntityKind.Gate, typeof(StageGate)),
            ["benefit"] = (EntityKind.Benefit, typeof(Benefit)),
            ["allocation"] = (EntityKind.Allocation, typeof(ResourceAllocation)),
            ["portfolio"] = (EntityKind.Portfolio, typeof(Portfolio)),
            ["organisation"] = (EntityKind.Organisation, typeof(OrganisationEvidence)),
        };
}
