using System.Diagnostics.CodeAnalysis;

namespace PmoAssess.Facts;

/// <summary>
/// Where a fact's record was read from, as the fact keeps it: a <see cref="SourceRow"/>, or for a row of a canonical CSV
/// file that file's columns (which hold the row's values) with the row's number and ordinal, from which a
/// <see cref="SourceRow"/> is made only when asked.
/// </summary>
/// <param name="Source">The <see cref="SourceColumns"/> or the <see cref="SourceRow"/>; <c>null</c> for a fact built in code.</param>
/// <param name="Row">The spreadsheet-style row number, for a row of <see cref="SourceColumns"/>.</param>
/// <param name="Ordinal">The row's place among its file's rows, for a row of <see cref="SourceColumns"/>.</param>
internal readonly record struct RecordPlace(object? Source, int Row, int Ordinal)
{
    /// <summary>The place of <paramref name="row"/>, kept as its columns and numbers when it is a row of a CSV file.</summary>
    public static RecordPlace Of(SourceRow? row) => row?.Columns is { } columns ? new(columns, row.Row!.Value, row.Ordinal) : new(row, 0, 0);

    /// <summary>The row numbered <paramref name="row"/>, at <paramref name="ordinal"/> among the rows of <paramref name="columns"/>.</summary>
    public static RecordPlace InFile(SourceColumns columns, int row, int ordinal) => new(columns, row, ordinal);

    /// <summary>The row this place names: a new <see cref="SourceRow"/> for a row of a CSV file.</summary>
    public SourceRow? ToSourceRow() => Source is SourceColumns columns ? new SourceRow(columns, Row, Ordinal) : (SourceRow?)Source;

    /// <summary>Whether a cell of the row could not be read (<see cref="SourceRow.HasProblems"/>; a row of a CSV file never has one).</summary>
    public bool HasProblems => Source is SourceRow { HasProblems: true };

    /// <summary>The source file and row, as <see cref="ToSourceRow"/> gives them, without making the row.</summary>
    public (string? File, int? Row) FileAndRow => Source switch
    {
        SourceColumns columns => (columns.File, Row),
        SourceRow row => (row.File, row.Row),
        _ => (null, null),
    };

    /// <summary>The column and raw text of the cell of <paramref name="field"/>, as <see cref="SourceRow.CellOf"/> finds it, without making the row.</summary>
    public bool TryGetCell(string field, [NotNullWhen(true)] out string? column, [NotNullWhen(true)] out string? value)
    {
        switch (Source)
        {
            case SourceColumns columns:
                return columns.TryGetCell(field, Ordinal, out column, out value);
            case SourceRow row:
                return row.TryGetCell(field, out column, out value);
            default:
                (column, value) = (null, null);
                return false;
        }
    }
}
