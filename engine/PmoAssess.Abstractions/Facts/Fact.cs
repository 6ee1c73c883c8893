using PmoAssess.Outcomes;

namespace PmoAssess.Facts;

/// <summary>
/// Base of every fact the rule engine sees. Facts have identity, not value equality:
/// two projects with the same fields are still two projects, which NRules requires.
/// </summary>
public abstract class Fact
{
    // Where the record was read from. A large portfolio holds one fact per record for the whole run: a SourceRow kept for
    // each was 40 bytes and an object more for the collector to copy and mark, 1.5 million of them at 100,000 projects, so
    // a row of a CSV file is kept as its file's columns and two numbers (RecordPlace).
    private RecordPlace _place;

    /// <summary>The identifier the client uses for this record (never a row number).</summary>
    public required string Id { get; init; }

    /// <summary>Where this record was read from, or <c>null</c> when it was built in code.</summary>
    /// <remarks>A fact read from a CSV file makes a new <see cref="SourceRow"/> each time this is read.</remarks>
    public SourceRow? Source
    {
        get => _place.ToSourceRow();
        init => _place = RecordPlace.Of(value);
    }

    /// <summary>Where the record was read from, as the reader knows it: set instead of <see cref="Source"/>, it makes no row.</summary>
    internal RecordPlace ReadFrom
    {
        init => _place = value;
    }

    /// <summary>The kind of entity this fact is, as findings name their subjects.</summary>
    public abstract EntityKind Kind { get; }

    /// <summary>Whether a cell of the source row could not be read (<see cref="SourceRow.HasProblems"/>), without making the row.</summary>
    internal bool SourceHasProblems => _place.HasProblems;

    /// <summary>
    /// Evidence for one field of this fact: the file, row, column and raw value it came from.
    /// </summary>
    /// <param name="field">The canonical field name, e.g. <c>sponsor</c>.</param>
    /// <param name="value">The value as the rule saw it; used when the fact has no source cell.</param>
    public Evidence EvidenceOf(string field, object? value = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        var fromCell = _place.TryGetCell(field, out var column, out var text);
        var (file, row) = _place.FileAndRow;
        return new Evidence
        {
            Field = field,
            File = file,
            Row = row,
            Column = column,
            Value = fromCell ? text : Evidence.Format(value),
        };
    }

    /// <summary>Whether <paramref name="evidence"/> is exactly what <see cref="EvidenceOf"/> gives for its field from a source cell.</summary>
    internal bool IsOwnCell(Evidence evidence)
    {
        var (file, row) = _place.FileAndRow;
        return _place.TryGetCell(evidence.Field, out var column, out var text) && evidence.Row == row
            && string.Equals(evidence.Column, column, StringComparison.Ordinal) && string.Equals(evidence.Value, text, StringComparison.Ordinal)
            && string.Equals(evidence.File, file, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public override string ToString() => Kind.ToString() + " " + Id;
}
