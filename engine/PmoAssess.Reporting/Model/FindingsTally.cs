using System.Runtime.InteropServices;
using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Reporting.Model;

/// <summary>
/// What the executive summary and the scorecard count of the findings: how many distinct subjects and projects they are
/// on, how many each severity has, each rule's worst severity and number of findings, and each project's findings by
/// severity. Counted in one pass: a large assessment has millions of findings, each made again whenever it is read (three
/// passes where one does took report.md at a million projects from 7.8 to 9.3 s of processor time).
/// </summary>
internal sealed class FindingsTally
{
    private static readonly int SeverityCount = Enum.GetValues<Severity>().Length;

    private FindingsTally(int subjects, int projects, Dictionary<Severity, int> bySeverity, IReadOnlyCollection<RuleTally> rules, int[] projectSeverities)
    {
        Subjects = subjects;
        Projects = projects;
        BySeverity = bySeverity;
        Rules = rules;
        _projectSeverities = projectSeverities;
    }

    /// <summary>Distinct subjects with a finding, each kind apart.</summary>
    public int Subjects { get; }

    /// <summary>Distinct projects with a finding on themselves or their records.</summary>
    public int Projects { get; }

    public IReadOnlyDictionary<Severity, int> BySeverity { get; }

    /// <summary>Each rule with findings, in the order of its first.</summary>
    public IReadOnlyCollection<RuleTally> Rules { get; }

    // Per project, by its place among the report's projects: its findings (on itself and its records) of each severity.
    private readonly int[] _projectSeverities;

    /// <summary>The findings of the project at <paramref name="place"/> (on itself and its records), one count per severity, indexed by it.</summary>
    public ReadOnlySpan<int> OfProject(int place) => _projectSeverities.AsSpan(place * SeverityCount, SeverityCount);

    /// <summary>Counts <paramref name="findings"/>; known projects are counted by their place in <paramref name="projects"/>, not by id.</summary>
    public static FindingsTally Of(IReadOnlyList<Finding> findings, ProjectPlaces projects)
    {
        // Known projects are counted by place (their findings by severity), and projects as subjects marked by place; ids
        // that are no known project's go in sets. An id is one or the other, so the two never count the same project twice.
        var projectSubjectsMarked = new bool[projects.Count];
        var projectSubjectCount = 0;
        var otherProjects = new HashSet<string>(StringComparer.Ordinal);
        var otherSubjects = new Dictionary<EntityKind, HashSet<string>>();
        var bySeverity = new Dictionary<Severity, int>();
        var rules = new Dictionary<string, RuleTally>(StringComparer.Ordinal);
        var projectSeverities = new int[projects.Count * SeverityCount];

        // Findings come a rule at a time and a record's kind at a time, as a rule: what was looked up for the last one
        // serves the next. Rules are compared by reference there, so another descriptor of the same rule is looked up.
        (EntityKind Kind, HashSet<string>? Subjects) lastKind = default;
        (RuleDescriptor? Descriptor, RuleTally? Tally) lastRule = default;
        var subjects = new FindingSubjects(findings, projects);
        for (var index = 0; index < findings.Count; index++)
        {
            var (rule, severity, kind, subjectId, projectId, place) = subjects.At(index);
            if (place >= 0)
            {
                projectSeverities[(place * SeverityCount) + (int)severity]++;
            }
            else if (projectId is { } unknown)
            {
                otherProjects.Add(unknown);
            }

            if (kind == EntityKind.Project && SubjectPlace(subjectId, projectId, place, projects) is var subjectPlace and >= 0)
            {
                projectSubjectCount += Mark(projectSubjectsMarked, subjectPlace);
            }
            else
            {
                if (lastKind.Subjects is null || lastKind.Kind != kind)
                {
                    ref var ofKind = ref CollectionsMarshal.GetValueRefOrAddDefault(otherSubjects, kind, out _);
                    lastKind = (kind, ofKind ??= new HashSet<string>(StringComparer.Ordinal));
                }

                lastKind.Subjects.Add(subjectId);
            }

            CollectionsMarshal.GetValueRefOrAddDefault(bySeverity, severity, out _)++;
            if (lastRule.Tally is null || !ReferenceEquals(lastRule.Descriptor, rule))
            {
                ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(rules, rule.Id, out _);
                lastRule = (rule, tally ??= new RuleTally(rule));
            }

            lastRule.Tally.Add(severity);
        }

        return new FindingsTally(
            projectSubjectCount + otherSubjects.Values.Sum(ofKind => ofKind.Count), KnownProjectsFound(projectSeverities) + otherProjects.Count, bySeverity, rules.Values, projectSeverities);
    }

    /// <summary>How many known projects have a finding: the places with any count.</summary>
    private static int KnownProjectsFound(int[] projectSeverities)
    {
        var found = 0;
        for (var start = 0; start < projectSeverities.Length; start += SeverityCount)
        {
            found += projectSeverities.AsSpan(start, SeverityCount).ContainsAnyExcept(0) ? 1 : 0;
        }

        return found;
    }

    /// <summary>The place of a project that is the subject: its own project's, as a rule, without a second look-up.</summary>
    private static int SubjectPlace(string subjectId, string? projectId, int place, ProjectPlaces projects) =>
        place >= 0 && string.Equals(subjectId, projectId, StringComparison.Ordinal) ? place : projects.PlaceOf(subjectId);

    /// <summary>
    /// Each finding's rule, severity, subject and the place of its project among the report's. Told by the findings list
    /// where it can (<see cref="IFindingList"/>), without making the finding; a subject's project is then found by id once,
    /// however many rules found the subject, and remembered by the subject's place among the facts of its kind in id
    /// order. At 100,000 projects, making the outcomes and finding each project by id was 0.4 s of report.md's 0.75 s of
    /// processor time; with projects remembered, finding each record's project by id, once per rule that found the
    /// record, was still 0.22 s (`perf`, <see cref="ProjectPlaces.PlaceOf"/>).
    /// </summary>
    private sealed class FindingSubjects(IReadOnlyList<Finding> findings, ProjectPlaces projects)
    {
        private readonly IFindingList? _told = findings as IFindingList;

        // By kind, then by a subject's place among the facts of its kind in id order: its project's place among the
        // report's, plus one; 0 until found.
        private readonly int[]?[] _projectPlaces = new int[]?[Enum.GetValues<EntityKind>().Length];

        public (RuleDescriptor Rule, Severity Severity, EntityKind Kind, string SubjectId, string? ProjectId, int Place) At(int index)
        {
            if (_told?.SubjectAt(index) is not { } told)
            {
                var finding = findings[index];
                var outcome = finding.Outcome;
                return (finding.Rule, finding.Severity, outcome.SubjectKind, outcome.SubjectId, outcome.ProjectId, projects.PlaceOf(outcome.ProjectId));
            }

            var (rule, subject, inIdOrder) = told;
            var projectId = RuleOutcome.ProjectOf(subject);
            return (rule, _told.RuleAndSeverityAt(index).Severity, subject.Kind, subject.Id, projectId, ProjectPlace(subject.Kind, inIdOrder, projectId));
        }

        private int ProjectPlace(EntityKind kind, int inIdOrder, string? projectId)
        {
            ref var ofKind = ref _projectPlaces[(int)kind];
            if (ofKind is null || inIdOrder >= ofKind.Length)
            {
                Array.Resize(ref ofKind, Math.Max(inIdOrder + 1, (ofKind?.Length ?? 0) * 2));
            }

            ref var remembered = ref ofKind[inIdOrder];
            if (remembered == 0)
            {
                remembered = projects.PlaceOf(projectId) + 1;
            }

            return remembered - 1;
        }
    }

    /// <summary>Marks <paramref name="place"/>; 1 when it was not marked yet, else 0.</summary>
    private static int Mark(bool[] marked, int place)
    {
        if (marked[place])
        {
            return 0;
        }

        marked[place] = true;
        return 1;
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
