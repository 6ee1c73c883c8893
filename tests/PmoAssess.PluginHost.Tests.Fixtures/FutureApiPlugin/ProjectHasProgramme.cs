using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Fixtures.FutureApi;

/// <summary>FIX-FUTURE-001: never runs: its plugin needs a newer plugin API than the host offers.</summary>
public sealed class ProjectHasProgramme : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "FIX-FUTURE-001",
        Title = "Projects belong to a programme",
        Severity = Severity.Medium,
        Category = "fixtures",
        AppliesTo = EntityKind.Project,
    };

    protected override Verdict Assess(Project project, IAssessmentContext context) =>
        project.Programme is null
            ? Verdict.Fail("The project has no programme.", project.EvidenceOf("programme"))
            : Verdict.Pass(project.EvidenceOf("programme", project.Programme));
}
