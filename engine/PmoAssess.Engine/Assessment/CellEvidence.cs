using System.Collections;
using System.Collections.Concurrent;
using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Assessment;

/// <summary>
/// Evidence that only repeats cells of its subject's source row, kept as the subject and the fields instead of an object
/// per item: each item is made again when read, by <see cref="Fact.EvidenceOf"/> as the rule made it. Outcomes that need
/// attention are kept to the end of a run, and at 100,000 projects their evidence was 71 MB of 650,000 outcomes' 200 MB.
/// Each read looks the cell up again: 0.24 s of processor time in the writers of that run, which read every finding's.
/// </summary>
internal sealed class CellEvidence : IReadOnlyList<Evidence>
{
    private readonly Fact _subject;
    private readonly string[] _fields;

    private CellEvidence(Fact subject, string[] fields) => (_subject, _fields) = (subject, fields);

    /// <summary>
    /// <paramref name="evidence"/> as a view of <paramref name="subject"/>'s cells, or <c>null</c> when an item is not exactly
    /// one of them (a value the rule formatted itself, a cell of another row, a field the row has no column for), or the
    /// subject was not read from a source.
    /// </summary>
    public static CellEvidence? Of(IReadOnlyList<Evidence> evidence, Fact subject)
    {
        if (evidence.Count == 0)
        {
            return null;
        }

        foreach (var item in evidence)
        {
            if (!subject.IsOwnCell(item))
            {
                return null;
            }
        }

        return new CellEvidence(subject, evidence.Count == 1 ? OneField.GetOrAdd(evidence[0].Field, field => [field]) : [.. evidence.Select(item => item.Field)]);
    }

    // Most evidence names one field: one array per field name for every outcome that names only it.
    private static readonly ConcurrentDictionary<string, string[]> OneField = new(StringComparer.Ordinal);

    public int Count => _fields.Length;

    // The cell is there (Of checked), so the value the rule saw is not needed.
    public Evidence this[int index] => _subject.EvidenceOf(_fields[index]);

    public IEnumerator<Evidence> GetEnumerator()
    {
        for (var index = 0; index < _fields.Length; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
