using PmoAssess.Facts;

namespace PmoAssess.Outcomes;

/// <summary>
/// A list of findings, each made when it is read, that tells a finding's subject without making its outcome. report.md
/// counts a large assessment's findings by project: making each outcome only to read its subject's ids, and finding
/// each project again by its id, was half of composing the report.
/// </summary>
internal interface IFindingList : IReadOnlyList<Finding>
{
    /// <summary>
    /// The subject of the finding at <paramref name="index"/> and its place among the assessment's facts of its kind, in
    /// id order (one place per fact, whichever rule found it); <c>null</c> when the list cannot tell.
    /// </summary>
    (Fact Subject, int Place)? SubjectAt(int index);
}
