using System.Diagnostics.CodeAnalysis;

namespace PmoAssess.Facts;

/// <summary>The record a fact was read from: which file, which row, and which cell holds each field.</summary>
public sealed class SourceRow
{
    /// <summary><see cref="Row"/> when there is none: no spreadsheet row is below 1.</summary>
    private const int NoRow = int.MinValue;

    // A row read from a canonical CSV file keeps its file's columns, which hold its values, and its ordinal among the file's
    // rows; any other row keeps its cells by field (an IReadOnlyDictionary), its file name and whether a cell has a problem
    // (a CSV row never has one). A fact read from a CSV file keeps the columns and the two numbers itself, and makes one of
    // these only when asked for its source (Fact.Source).
    private readonly IReadOnlyDictionary<string, SourceCell>? _cells;
    private readonly object _columnsOrFile;
    private readonly int _row;
    private readonly int _ordinalOrProblems;

    /// <summary>Creates a source row.</summary>
    /// <param name="file">The source file, relative to the assessed folder.</param>
    /// <param name="row">The spreadsheet-style row number (the header is row 1), or <c>null</c> for JSON.</param>
    /// <param name="cells">The cell each canonical field was read from, keyed by field name.</param>
    public SourceRow(string file, int? row, IReadOnlyDictionary<string, SourceCell> cells)
        : this(file, row, cells, hasProblems: cells?.Values.Any(cell => cell.Problem is not null) ?? false)
    {
    }

    /// <summary>Creates a source row whose reader knows whether any cell has a problem, sparing a look at every cell.</summary>
    /// <param name="file">The source file, relative to the assessed folder.</param>
    /// <param name="row">The spreadsheet-style row number (the header is row 1), or <c>null</c> for JSON.</param>
    /// <param name="cells">The cell each canonical field was read from, keyed by field name.</param>
    /// <param name="hasProblems">Whether any cell's value could not be read; it must agree with the cells.</param>
    public SourceRow(string file, int? row, IReadOnlyDictionary<string, SourceCell> cells, bool hasProblems)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        ArgumentNullException.ThrowIfNull(cells);
        _columnsOrFile = file;
        _row = row ?? NoRow;
        _cells = cells;
        _ordinalOrProblems = hasProblems ? 1 : 0;
    }

    /// <summary>A row of a canonical CSV file, whose cells all read: the row at <paramref name="ordinal"/> of the file's <paramref name="columns"/>.</summary>
    internal SourceRow(SourceColumns columns, int row, int ordinal)
    {
        _columnsOrFile = columns;
        _row = row;
        _ordinalOrProblems = ordinal;
    }

    /// <summary>The columns of the CSV file this row was read from, or <c>null</c> for any other source.</summary>
    internal SourceColumns? Columns => _columnsOrFile as SourceColumns;

    /// <summary>The row's place among its CSV file's rows (see <see cref="Columns"/>).</summary>
    internal int Ordinal => _ordinalOrProblems;

    /// <summary>The source file, relative to the assessed folder, with forward slashes.</summary>
    public string File => _columnsOrFile as string ?? ((SourceColumns)_columnsOrFile).File;

    /// <summary>The spreadsheet-style row number (the header is row 1), or <c>null</c> for JSON.</summary>
    public int? Row => _row == NoRow ? null : _row;

    /// <summary>Whether any cell's value could not be read (see <see cref="SourceCell.Problem"/>).</summary>
    public bool HasProblems => _columnsOrFile is string && _ordinalOrProblems != 0;

    /// <summary>The cell a field was read from, or <c>null</c> when the source had no such column.</summary>
    public SourceCell? CellOf(string field) => _columnsOrFile is SourceColumns columns
        ? columns.CellOf(field, _ordinalOrProblems)
        : _cells!.TryGetValue(field, out var cell) ? cell : null;

    /// <summary>
    /// The column and raw text of the cell a field was read from, or <c>false</c> as <see cref="CellOf"/> gives <c>null</c>.
    /// A CSV row makes no <see cref="SourceCell"/> for it: evidence is taken from a cell for every outcome recorded.
    /// </summary>
    internal bool TryGetCell(string field, [NotNullWhen(true)] out string? column, [NotNullWhen(true)] out string? value)
    {
        if (_columnsOrFile is SourceColumns columns)
        {
            return columns.TryGetCell(field, _ordinalOrProblems, out column, out value);
        }

        var found = _cells!.TryGetValue(field, out var cell);
        (column, value) = (cell?.Column, cell?.Value);
        return found;
    }
}
