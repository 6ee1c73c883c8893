using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Tests.Engine.TestRules;

/// <summary>Descriptors for the test rules: only the id, severity and subject kind matter to the engine.</summary>
internal static class TestDescriptor
{
    public static RuleDescriptor For(string id, Severity severity, EntityKind appliesTo) => new()
    {
        Id = id,
        Title = "Test rule " + id,
        Severity = severity,
        Category = "test",
        AppliesTo = appliesTo,
    };
}
