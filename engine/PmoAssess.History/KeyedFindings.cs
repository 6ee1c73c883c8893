using System.Collections;
using PmoAssess.Facts;

namespace PmoAssess.History;

/// <summary>
/// Findings made when asked for, from a list that tells what identifies each one from run to run without making it:
/// comparing two runs of 100,000 projects reads 724,000 keys, and needs whole findings only for those that appeared or
/// went away.
/// </summary>
internal abstract class KeyedFindings : IReadOnlyList<RecordedFinding>
{
    public abstract int Count { get; }

    public abstract RecordedFinding this[int index] { get; }

    /// <summary>The rule, subject kind and subject of the finding at <paramref name="index"/>.</summary>
    public abstract (string Rule, EntityKind Kind, string Subject) KeyAt(int index);

    public IEnumerator<RecordedFinding> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
