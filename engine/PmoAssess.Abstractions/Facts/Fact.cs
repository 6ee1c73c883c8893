using PmoAssess.Outcomes;

namespace PmoAssess.Facts;

/// <summary>
/// Base of every fact the rule engine sees. Facts have identity, not value equality:
/// two projects with the same fields are still two projects, which NRules requires.
/// </summary>
public abstract class Fact
{
    /// <summary>The identifier the client uses for this record (never a row number).</summary>
    public required string Id { get; init; }

    /// <summary>Where this record was read from, or <c>null</c> when it was built in code.</summary>
    public SourceRow? Source { get; init; }

    /// <summary>The kind of entity this fact is, as findings name their subjects.</summary>
    public abstract EntityKind Kind { get; }

    /// <summary>
    /// Evidence for one field of this fact: the file, row, column and raw value it came from.
    /// </summary>
    /// <param name="field">The canonical field name, e.g. <c>sponsor</c>.</param>
    /// <param name="value">The value as the rule saw it; used when the fact has no source cell.</param>
    public Evidence EvidenceOf(string field, object? value = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        string? column = null, text = null;
        var fromCell = Source is not null && Source.TryGetCell(field, out column, out text);
        return new Evidence
        {
            Field = field,
            File = Source?.File,
            Row = Source?.Row,
            Column = column,
            Value = fromCell ? text : Evidence.Format(value),
        };
    }

    /// <inheritdoc />
    public override string ToString() => Kind.ToString() + " " + Id;
}
