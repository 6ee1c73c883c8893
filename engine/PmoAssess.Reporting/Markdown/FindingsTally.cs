using System.Runtime.InteropServices;
using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Reporting.Markdown;

/// <summary>
/// What the executive summary counts of the findings: how many distinct subjects and projects they are on, how many each
/// severity has, and each rule's worst severity and number of findings. Counted in one pass: a large assessment has
/// hundreds of thousands of findings, and reading each of them again costs more than counting it.
/// </summary>
internal sealed class FindingsTally
{
    private FindingsTally(int subjects, int projects, Dictionary<Severity, int> bySeverity, IReadOnlyCollection<RuleTally> rules)
    {
        Subjects = subjects;
        Projects = projects;
        BySeverity = bySeverity;
        Rules = rules;
    }

    /// <summary>Distinct subjects with a finding, each kind apart.</summary>
    public int Subjects { get; }

    /// <summary>Distinct projects with a finding on themselves or their records.</summary>
    public int Projects { get; }

    public IReadOnlyDictionary<Severity, int> BySeverity { get; }

    /// <summary>Each rule with findings, in the order of its first.</summary>
    public IReadOnlyCollection<RuleTally> Rules { get; }

    public static FindingsTally Of(IReadOnlyList<Finding> findings)
    {
        var subjects = new Dictionary<EntityKind, HashSet<string>>();
        var projects = new HashSet<string>(StringComparer.Ordinal);
        var bySeverity = new Dictionary<Severity, int>();
        var rules = new Dictionary<string, RuleTally>(StringComparer.Ordinal);

        // Findings come a rule at a time and a record's kind at a time, as a rule: what was looked up for the last one
        // serves the next. Ids are compared by reference there, so a different string with the same id is looked up.
        (EntityKind Kind, HashSet<string>? Subjects) lastKind = default;
        (RuleDescriptor? Descriptor, RuleTally? Tally) lastRule = default;
        string? lastProject = null;
        foreach (var finding in findings)
        {
            var outcome = finding.Outcome;
            if (lastKind.Subjects is null || lastKind.Kind != outcome.SubjectKind)
            {
                ref var ofKind = ref CollectionsMarshal.GetValueRefOrAddDefault(subjects, outcome.SubjectKind, out _);
                lastKind = (outcome.SubjectKind, ofKind ??= new HashSet<string>(StringComparer.Ordinal));
            }

            lastKind.Subjects.Add(outcome.SubjectId);
            if (outcome.ProjectId is { } projectId && !ReferenceEquals(projectId, lastProject))
            {
                projects.Add(projectId);
                lastProject = projectId;
            }

            CollectionsMarshal.GetValueRefOrAddDefault(bySeverity, finding.Severity, out _)++;
            if (lastRule.Tally is null || !ReferenceEquals(lastRule.Descriptor, finding.Rule))
            {
                ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(rules, finding.Rule.Id, out _);
                lastRule = (finding.Rule, tally ??= new RuleTally(finding.Rule));
            }

            lastRule.Tally.Add(finding.Severity);
        }

        return new FindingsTally(subjects.Values.Sum(ofKind => ofKind.Count), projects.Count, bySeverity, rules.Values);
    }

    /// <summary>One rule's findings: the rule as its first finding gave it, their worst severity and how many there are.</summary>
    public sealed class RuleTally(RuleDescriptor rule)
    {
        public RuleDescriptor Rule => rule;

        public Severity Severity { get; private set; }

        public int Subjects { get; private set; }

        public void Add(Severity severity)
        {
            Severity = Subjects == 0 || severity > Severity ? severity : Severity;
            Subjects++;
        }
    }
}
