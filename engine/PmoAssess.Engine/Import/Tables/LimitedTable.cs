namespace PmoAssess.Import.Tables;

/// <summary>
/// A table whose rows are checked against the <see cref="InputLimits"/> as they stream: too many rows, or a cell too long,
/// stops the read with the file, row and column. Wraps every kind of table, plugin formats included.
/// </summary>
internal sealed class LimitedTable(ITable inner, InputLimits limits) : ITable
{
    public string DisplayName => inner.DisplayName;

    public TableFormat Format => inner.Format;

    public IReadOnlyList<string> Headers => inner.Headers;

    public string Sha256 => inner.Sha256;

    public IEnumerable<TableRow> Rows()
    {
        var rows = inner.Rows();
        return Checked(rows);
    }

    public void Dispose() => inner.Dispose();

    private IEnumerable<TableRow> Checked(IEnumerable<TableRow> rows)
    {
        var count = 0L;
        foreach (var row in rows)
        {
            limits.CheckRows(++count, Where(row, column: null));
            for (var index = 0; index < row.Cells.Count; index++)
            {
                limits.CheckCell(row.Cells[index].Length, Where(row, index));
            }

            yield return row;
        }
    }

    private SourceLocation Where(TableRow row, int? column) => new(
        DisplayName,
        row.Line ?? row.Row,
        column + 1,
        column is { } index && index < Headers.Count ? Headers[index] : null);
}
