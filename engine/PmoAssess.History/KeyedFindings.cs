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

    /// <summary>What identifies the finding at <paramref name="index"/> of any list, read without making the finding where the list can.</summary>
    public static (string Rule, EntityKind Kind, string Subject) KeyAt(IReadOnlyList<RecordedFinding> findings, int index) =>
        findings is KeyedFindings keyed ? keyed.KeyAt(index) : findings[index].Key;

    /// <summary>
    /// The findings at <paramref name="indices"/>, in that order: a list that reads part of each finding from elsewhere
    /// reads it for all of them at once.
    /// </summary>
    public virtual IReadOnlyList<RecordedFinding> Whole(IReadOnlyList<int> indices) => [.. indices.Select(index => this[index])];

    public IEnumerator<RecordedFinding> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
