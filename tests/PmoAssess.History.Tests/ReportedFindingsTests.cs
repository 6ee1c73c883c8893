using PmoAssess.Facts;
using PmoAssess.History;
using PmoAssess.Outcomes;
using PmoAssess.Policy;
using PmoAssess.Reporting.Model;

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
}
