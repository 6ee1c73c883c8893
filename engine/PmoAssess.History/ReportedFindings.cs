using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Policy;
using PmoAssess.Reporting.Model;

namespace PmoAssess.History;

/// <summary>
/// An assessment's findings as its record lists them (those that count, then waived, then baselined ones), each made a
/// <see cref="RecordedFinding"/> when asked for. The report holds the findings already; a record of each, made when the
/// report was and kept until the run was committed beside the writers, was 26 MB more at 100,000 projects, at the peak.
/// A finding's key is told by the findings list where it can (<see cref="IFindingList"/>), without making its outcome:
/// comparing with the last run reads every key, and made every outcome again for it (its rule asked again, its message
/// and evidence made), a third time after the writers and the record, on the way to report.md.
/// </summary>
internal sealed class ReportedFindings(IReadOnlyList<Finding> open, PolicyVerdict? policy) : KeyedFindings
{
    private readonly IReadOnlyList<(Finding Finding, Waiver Waiver)> _waived = policy?.Waived ?? [];
    private readonly IReadOnlyList<Finding> _baselined = policy?.Baselined ?? [];

    public override int Count => open.Count + _waived.Count + _baselined.Count;

    public override RecordedFinding this[int index]
    {
        get
        {
            var (finding, state) = At(index);
            return new RecordedFinding
            {
                RuleId = finding.Rule.Id,
                SubjectKind = finding.Outcome.SubjectKind,
                SubjectId = finding.Outcome.SubjectId,
                ProjectId = finding.Outcome.ProjectId,
                Severity = finding.Severity,
                State = state,
                Message = finding.Outcome.MessageAlone,
            };
        }
    }

    public override (string Rule, EntityKind Kind, string Subject) KeyAt(int index)
    {
        if (index < open.Count && (open as IFindingList)?.SubjectAt(index) is { Rule: var rule, Subject: var subject })
        {
            return (rule.Id, subject.Kind, subject.Id);
        }

        var (finding, _) = At(index);
        return (finding.Rule.Id, finding.Outcome.SubjectKind, finding.Outcome.SubjectId);
    }

    private (Finding Finding, FindingState State) At(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        if (index < open.Count)
        {
            return (open[index], FindingState.Open);
        }

        index -= open.Count;
        if (index < _waived.Count)
        {
            return (_waived[index].Finding, FindingState.Waived);
        }

        index -= _waived.Count;
        return (_baselined[index], FindingState.Baselined);
    }
}
