using PmoAssess.Facts;
using PmoAssess.History;
using PmoAssess.Outcomes;
using PmoAssess.Policy;
using PmoAssess.Reporting.Model;
using PmoAssess.Tests.Reporting.Sarif;

namespace PmoAssess.Tests.History;

/// <summary>A run's findings as recorded from its report: those that count, then waived, then baselined ones.</summary>
public sealed class ReportedFindingsTests
{
    private static readonly RuleDescriptor Rule = new() { Id = "GOV-001", Title = "Sponsor named", Severity = Severity.High, Category = "governance", AppliesTo = EntityKind.Project };

    private static Finding Failing(string project, Severity severity = Severity.High) => new()
    {
        Rule = Rule,
        Outcome = RuleOutcome.Of(new Project { Id = project }, Rule.Id, Verdict.Fail(project + " has no sponsor.")),
        Severity = severity,
    };

    [Fact]
    public void Findings_OpenThenWaivedThenBaselined_EachWithItsStateKeyAndMessage()
    {
        var waiver = new Waiver { Rule = "GOV-001", Subject = "PRJ-002", Justification = "Sponsor named next week", Location = "pmoassess.yaml:3" };
        var policy = new PolicyVerdict
        {
            Findings = [Failing("PRJ-001")],
            Waived = [(Failing("PRJ-002"), waiver)],
            Baselined = [Failing("PRJ-003", Severity.Low), Failing("PRJ-004")],
            FixedSinceBaseline = [],
            Expired = [],
            ExpiringSoon = [],
            Stale = [],
            GateFailures = [],
        };

        var findings = new ReportedFindings(policy.Findings, policy);

        findings.Count.ShouldBe(4);
        findings.Select(finding => (finding.SubjectId, finding.State, finding.Severity)).ShouldBe(
        [
            ("PRJ-001", FindingState.Open, Severity.High),
            ("PRJ-002", FindingState.Waived, Severity.High),
            ("PRJ-003", FindingState.Baselined, Severity.Low),
            ("PRJ-004", FindingState.Baselined, Severity.High),
        ]);
        findings[2].ShouldBe(new RecordedFinding
        {
            RuleId = "GOV-001",
            SubjectKind = EntityKind.Project,
            SubjectId = "PRJ-003",
            ProjectId = "PRJ-003",
            Severity = Severity.Low,
            State = FindingState.Baselined,
            Message = "PRJ-003 has no sponsor.",
        });
        Enumerable.Range(0, 4).Select(findings.KeyAt).ShouldBe(findings.Select(finding => finding.Key));
        Should.Throw<ArgumentOutOfRangeException>(() => findings[4]);
        Should.Throw<ArgumentOutOfRangeException>(() => findings[-1]);
    }

    [Fact]
    public void Findings_NoPolicy_AreTheReportsOwnAllOpen()
    {
        var findings = new ReportedFindings([Failing("PRJ-001"), Failing("PRJ-002")], policy: null);

        findings.Select(finding => (finding.SubjectId, finding.State)).ShouldBe([("PRJ-001", FindingState.Open), ("PRJ-002", FindingState.Open)]);
    }

    [Fact]
    public void Findings_TheAssessmentsOwn_RecordTheMessageEachFindingShows()
    {
        // Recorded first, from an assessment nothing else has read: each message made alone, as a record makes it.
        var recorded = new ReportedFindings(ContosoReport.Fresh().Findings, policy: null).Select(finding => finding.Message).ToList();

        var shown = ContosoReport.Fresh().Findings.Select(finding => finding.Outcome.Message).ToList();

        shown.Count.ShouldBeGreaterThan(10);
        shown.ShouldAllBe(message => !string.IsNullOrEmpty(message));
        recorded.ShouldBe(shown);
    }

    [Fact]
    public void KeyAt_TheAssessmentsOwnFindings_IsTheKeyOfEachFindingMade()
    {
        var report = ContosoReport.Fresh();
        report.Findings.ShouldBeAssignableTo<IFindingList>();

        var findings = new ReportedFindings(report.Findings, policy: null);

        findings.Count.ShouldBeGreaterThan(10);
        Enumerable.Range(0, findings.Count).Select(findings.KeyAt).ShouldBe(findings.Select(finding => finding.Key));
        findings.Select(finding => finding.SubjectKind).Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public void KeyAt_AListThatTellsRulesAndSubjects_MakesNeitherTheFindingNorItsOutcome()
    {
        var findings = new ReportedFindings(new SubjectsTold([new Project { Id = "PRJ-001" }, new Risk { Id = "R-9", ProjectId = "PRJ-001" }]), policy: null);

        findings.KeyAt(0).ShouldBe(("GOV-001", EntityKind.Project, "PRJ-001"));
        findings.KeyAt(1).ShouldBe(("GOV-001", EntityKind.Risk, "R-9"));
        Should.Throw<InvalidOperationException>(() => findings[1]);
    }

    /// <summary>Findings of <see cref="Rule"/> about <paramref name="subjects"/>, which cannot be made: only the list tells their rules and subjects.</summary>
    private sealed class SubjectsTold(Fact[] subjects) : IFindingList
    {
        public int Count => subjects.Length;

        public Finding this[int index] => throw new InvalidOperationException("The finding was made.");

        public (RuleDescriptor Rule, Fact Subject, int Place)? SubjectAt(int index) => (Rule, subjects[index], index);

        public (RuleDescriptor Rule, Severity Severity) RuleAndSeverityAt(int index) => (Rule, Rule.Severity);

        public IEnumerator<Finding> GetEnumerator() => Enumerable.Range(0, Count).Select(index => this[index]).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
