using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.TestRules;

/// <summary>
/// WGT-001: applies to projects whose custom field 'weight' is at least 1. It parses the text with the current
/// culture, as a third-party rule reading a custom field easily does, so it shows which culture its test runs under.
/// </summary>
public sealed class WeightedProjectRule : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("WGT-001", Severity.Low, EntityKind.Project);

    protected override bool AppliesTo(Project project) =>
        project.CustomFields.TryGetValue("weight", out var weight) && decimal.Parse(weight) >= 1m;

    protected override Verdict Assess(Project project, IAssessmentContext context) => Verdict.Pass();
}
