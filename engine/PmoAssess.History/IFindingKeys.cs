using PmoAssess.Facts;

namespace PmoAssess.History;

/// <summary>
/// A list of findings that tells what identifies each one from run to run without making the finding: comparing two runs
/// of 100,000 projects reads 724,000 keys and needs whole findings only for those that appeared or went away.
/// </summary>
internal interface IFindingKeys
{
    /// <summary>The rule, subject kind and subject of the finding at <paramref name="index"/>.</summary>
    (string Rule, EntityKind Kind, string Subject) KeyAt(int index);
}
