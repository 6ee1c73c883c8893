namespace PmoAssess.Facts;

/// <summary>One cell of a source file: the column it sits in and the raw text seen there.</summary>
public sealed record SourceCell
{
    /// <summary>The column as the client named it: a CSV header, or a JSON path.</summary>
    public required string Column { get; init; }

    /// <summary>The raw text of the cell, before any parsing.</summary>
    public required string Value { get; init; }

    /// <summary>
    /// Why the text could not be read as the field's type (e.g. not a date in any of the mapping's formats), or
    /// <c>null</c> when it read. A rule that needs a field whose cell has a problem is not assessable on that subject.
    /// </summary>
    public string? Problem { get; init; }
}
