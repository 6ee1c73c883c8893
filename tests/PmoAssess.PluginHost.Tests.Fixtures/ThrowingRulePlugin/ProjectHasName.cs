using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Fixtures.ThrowingRule;

/// <summary>FIX-THROW-001: throws on project P-THROW; passes named projects and fails unnamed ones.</summary>
public sealed class ProjectHasName : SubjectRule<Project>
{
    /// <summary>The id of the one project the rule throws on.</summary>
    public const string ThrowsOn = "P-THROW";

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "FIX-THROW-001",
        Title = "Projects have a name",
        Severity = Severity.Medium,
        Category = "fixtures",
        AppliesTo = EntityKind.Project,
    };

    protected override Verdict Assess(Project project, IAssessmentContext context) =>
        project.Id == ThrowsOn
            ? throw new InvalidOperationException("The fixture rule throws on " + ThrowsOn + ".")
            : project.Name is null
                ? Verdict.Fail("The project has no name.", project.EvidenceOf("name"))
                : Verdict.Pass(project.EvidenceOf("name", project.Name));
}
