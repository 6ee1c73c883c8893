namespace PmoAssess.Import.Inspection;

/// <summary>What one column of a table holds, as far as its cells show.</summary>
/// <param name="Column">The 1-based column number.</param>
/// <param name="Header">The header cell, trimmed.</param>
/// <param name="Kind">The guessed type.</param>
/// <param name="Filled">How many cells are not empty.</param>
/// <param name="Empty">How many cells are empty (rows too short to reach the column included).</param>
/// <param name="Fitting">How many of the filled cells fit <paramref name="Kind"/>.</param>
/// <param name="DateFormat">For dates, the format most cells are in; otherwise <c>null</c>.</param>
/// <param name="Values">Every distinct value with its count, most frequent first; empty when there are too many to keep.</param>
/// <param name="Misfits">A few filled values that do not fit <paramref name="Kind"/>, in the order met.</param>
/// <param name="Unique">Whether every cell is filled and no two are the same (so the column could be an id).</param>
internal sealed record ColumnProfile(
    int Column,
    string Header,
    ValueKind Kind,
    int Filled,
    int Empty,
    int Fitting,
    string? DateFormat,
    IReadOnlyList<ValueCount> Values,
    IReadOnlyList<string> Misfits,
    bool Unique)
{
    /// <summary>The share of filled cells that fit, 0 to 1 (1 for an empty column).</summary>
    public double Share => Filled == 0 ? 1 : (double)Fitting / Filled;

    /// <summary>Other date formats that fit as many cells and read them differently (day and month swapped).</summary>
    public IReadOnlyList<string> OtherDateFormats { get; init; } = [];
}

/// <summary>A distinct cell value and how many cells hold it.</summary>
internal sealed record ValueCount(string Value, int Count);
