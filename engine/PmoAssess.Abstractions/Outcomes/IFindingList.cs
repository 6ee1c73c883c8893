using PmoAssess.Facts;

namespace PmoAssess.Outcomes;

/// <summary>
/// A list of findings, each made when it is read, that tells a finding's rule and subject without making it or its
/// outcome. report.md counts a large assessment's findings by project: making each outcome only to read its subject's
/// ids, and finding each project again by its id, was half of composing the report. The history reads every finding's
/// key: making a finding for each only to read its rule's id was a fifth of comparing two runs whose findings differ.
/// </summary>
internal interface IFindingList : IReadOnlyList<Finding>
{
    /// <summary>
    /// The rule and subject of the finding at <paramref name="index"/>, and the subject's place among the assessment's
    /// facts of its kind, in id order (one place per fact, whichever rule found it); <c>null</c> when the list cannot tell.
    /// </summary>
    (RuleDescriptor Rule, Fact Subject, int Place)? SubjectAt(int index);

    /// <summary>The rule and the severity in force of the finding at <paramref name="index"/>, without making it.</summary>
    (RuleDescriptor Rule, Severity Severity) RuleAndSeverityAt(int index);
}
