using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Reporting.Sarif;

/// <summary>
/// A small portfolio built in code whose project name holds markup, quotes and control characters, read from a file
/// whose name has a space, assessed by one rule that fails on it, cannot assess a second project and throws on a third.
/// </summary>
internal static class HostileNames
{
    public const string Name = "Acme <script>alert(1)</script> & \"Partners\" ]]> \u0001\u0007\u001B\u001F\uFFFE end";

    public const string File = "exports/project list.csv";

    /// <summary>The report, with the hostile project read from <paramref name="row"/> of <see cref="File"/>.</summary>
    public static AssessmentReport Report(int row = 2)
    {
        var projects = new List<Project>
        {
            Project("PRJ-001", Name, row),
            Project("PRJ-002", name: null, row + 1),
            Project("PRJ-003", "Throws", row + 2),
        };
        var catalog = new RuleCatalogBuilder().Add(typeof(NamesArePlain), "test plugin <&>").Build();
        var result = AssessmentRunner.Run(new PortfolioDataset { Projects = projects }, catalog, new DateOnly(2026, 9, 30));
        return AssessmentReport.From(result, "hostile <&> \"engagement\"", ["test"]);
    }

    private static Project Project(string id, string? name, int row) => new()
    {
        Id = id,
        Name = name,
        Source = new SourceRow(File, row, name is null
            ? new Dictionary<string, SourceCell>()
            : new Dictionary<string, SourceCell> { ["name"] = new SourceCell { Column = "Project <Name>", Value = name } }),
    };

    /// <summary>TST-001: project names are plain text. Fails on the hostile name, and throws on the project named "Throws".</summary>
    public sealed class NamesArePlain : SubjectRule<Project>
    {
        public override RuleDescriptor Descriptor { get; } = new()
        {
            Id = "TST-001",
            Title = "Names are <plain> & \"quoted\" \u0001",
            Description = "Checks <b>names</b> & more.",
            Rationale = "Because \"markup\" <breaks> reports.",
            Remediation = "Rename & retry.",
            Severity = Severity.High,
            Category = "data <quality> & \"more\"",
            Tags = ["names", "names", "<tag>"],
            AppliesTo = EntityKind.Project,
        };

        protected override Verdict Assess(Project project, IAssessmentContext context) => project.Name switch
        {
            null => Verdict.NotAssessable(project.EvidenceOf("name")),
            "Throws" => throw new InvalidOperationException("Broken <rule> & \"message\" \u0002"),
            var name when name.IndexOfAny(['<', '&', '"']) >= 0 =>
                Verdict.Fail("Project name '" + name + "' is not plain text.", project.EvidenceOf("name", name)),
            _ => Verdict.Pass(project.EvidenceOf("name", project.Name)),
        };
    }
}
