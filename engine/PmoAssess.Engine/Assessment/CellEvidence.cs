using System.Collections;
using System.Collections.Concurrent;
using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Assessment;

/// <summary>
/// Evidence that only repeats cells of one source row, kept as the row and the fields instead of an object per item:
/// each item is made again when read, equal to what <see cref="Fact.EvidenceOf"/> made. Outcomes that need attention
/// are kept to the end of a run, and at 100,000 projects their evidence was 71 MB of 650,000 outcomes' 200 MB.
/// </summary>
internal sealed class CellEvidence : IReadOnlyList<Evidence>
{
    private readonly SourceRow _row;
    private readonly string[] _fields;

    private CellEvidence(SourceRow row, string[] fields) => (_row, _fields) = (row, fields);

    /// <summary>
    /// <paramref name="evidence"/> as a view of <paramref name="row"/>'s cells, or <c>null</c> when an item is not exactly
    /// one of its cells (a value the rule formatted itself, a cell of another row, a field the row has no column for).
    /// </summary>
    public static CellEvidence? Of(IReadOnlyList<Evidence> evidence, SourceRow row)
    {
        if (evidence.Count == 0)
        {
            return null;
        }

        foreach (var item in evidence)
        {
            if (!row.TryGetCell(item.Field, out var column, out var text) || item.Row != row.Row
                || !string.Equals(item.Column, column, StringComparison.Ordinal) || !string.Equals(item.Value, text, StringComparison.Ordinal)
                || !string.Equals(item.File, row.File, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return new CellEvidence(row, evidence.Count == 1 ? OneField.GetOrAdd(evidence[0].Field, field => [field]) : [.. evidence.Select(item => item.Field)]);
    }

    // Most evidence names one field: one array per field name for every outcome that names only it.
    private static readonly ConcurrentDictionary<string, string[]> OneField = new(StringComparer.Ordinal);

    public int Count => _fields.Length;

    public Evidence this[int index]
    {
        get
        {
            var field = _fields[index];
            _row.TryGetCell(field, out var column, out var text);
            return new Evidence { Field = field, File = _row.File, Row = _row.Row, Column = column, Value = text };
        }
    }

    public IEnumerator<Evidence> GetEnumerator()
    {
        for (var index = 0; index < _fields.Length; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
