using PmoAssess.Import.Tables;

namespace PmoAssess.Import.Inspection;

/// <summary>What <c>pmoassess inspect</c> found in a table: how it was read, its headers and what each column holds.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Format">How the file was read (kind, encoding, delimiter, sheets).</param>
/// <param name="Headers">The header cells with their column numbers, blanks and duplicates flagged.</param>
/// <param name="RowCount">How many data rows (blank rows not counted).</param>
/// <param name="RaggedRows">How many rows have more or fewer cells than the header.</param>
/// <param name="Columns">One profile per header cell, in column order.</param>
/// <param name="Sha256">The SHA-256 of the file.</param>
internal sealed record TableInspection(
    string File,
    TableFormat Format,
    IReadOnlyList<HeaderCell> Headers,
    int RowCount,
    int RaggedRows,
    IReadOnlyList<ColumnProfile> Columns,
    string Sha256);

/// <summary>One header cell.</summary>
/// <param name="Column">The 1-based column number.</param>
/// <param name="Name">The header, trimmed.</param>
/// <param name="Blank">Whether the header cell is empty.</param>
/// <param name="DuplicateOf">For a header seen before (ignoring case), the column it first appeared in; otherwise <c>null</c>.</param>
internal sealed record HeaderCell(int Column, string Name, bool Blank, int? DuplicateOf);
