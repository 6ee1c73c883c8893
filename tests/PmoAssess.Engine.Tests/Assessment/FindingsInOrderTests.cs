using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Tests.Engine.Policy;

namespace PmoAssess.Tests.Engine.Assessment;

/// <summary>Findings in outcome order, laid out most severe first by moving each rule's run whole.</summary>
public sealed class FindingsInOrderTests
{
    [Fact]
    public void MostSevereFirst_RunsOfOneSeverityApart_KeepTheirOrderWithinTheSeverity()
    {
        List<Finding> inOutcomeOrder =
        [
            Failed("A-1", Severity.Low, "P-1"),
            Failed("A-1", Severity.Low, "P-2"),
            Failed("B-2", Severity.High, "P-1"),
            Failed("C-3", Severity.Low, "P-1"),
            Failed("D-4", Severity.Critical, "P-1"),
            Failed("E-5", Severity.High, "P-1"),
        ];

        FindingsInOrder.MostSevereFirst(inOutcomeOrder).Select(finding => finding.Rule.Id + " " + finding.Outcome.SubjectId)
            .ShouldBe(["D-4 P-1", "B-2 P-1", "E-5 P-1", "A-1 P-1", "A-1 P-2", "C-3 P-1"]);
    }

    [Fact]
    public void MostSevereFirst_None_IsEmpty() => FindingsInOrder.MostSevereFirst([]).ShouldBeEmpty();

    private static Finding Failed(string rule, Severity severity, string subject) => new()
    {
        Rule = AssessedRules.Descriptor(rule, severity),
        Outcome = new RuleOutcome { RuleId = rule, SubjectKind = EntityKind.Project, SubjectId = subject, Status = OutcomeStatus.Failed },
        Severity = severity,
    };
}
