using System.Collections.Concurrent;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Fixtures.FickleRule;

/// <summary>FIX-FICKLE-001: passes a project the first time it is asked about it, and fails it every time after.</summary>
public sealed class ProjectPassesOnce : SubjectRule<Project>
{
    private readonly ConcurrentDictionary<string, bool> _asked = new(StringComparer.Ordinal);

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "FIX-FICKLE-001",
        Title = "Projects pass once",
        Severity = Severity.Low,
        Category = "fixtures",
        AppliesTo = EntityKind.Project,
    };

    protected override Verdict Assess(Project project, IAssessmentContext context) =>
        _asked.TryAdd(project.Id, true) ? Verdict.Pass(project.EvidenceOf("name", project.Name)) : Verdict.Fail("Asked again.");
}
