using PmoAssess.Import.Tables;

namespace PmoAssess.Import.Inspection;

/// <summary>Reads a whole table once and profiles every column. The table is streamed: memory does not grow with its rows.</summary>
internal static class TableInspector
{
    /// <summary>Opens the file, reads every row and profiles its columns.</summary>
    /// <exception cref="InvalidInputException">The file cannot be read as a table.</exception>
    public static TableInspection Inspect(string path, string displayName, TableOptions options)
    {
        using var table = TableReader.Open(path, displayName, options);
        return Inspect(table);
    }

    /// <summary>Reads every row of an open table and profiles its columns.</summary>
    public static TableInspection Inspect(ITable table)
    {
        var profilers = table.Headers.Select((header, index) => new ColumnProfiler(index + 1, header)).ToArray();
        var (rows, ragged) = (0, 0);
        foreach (var row in table.Rows())
        {
            rows++;
            ragged += row.Cells.Count == profilers.Length ? 0 : 1;
            for (var index = 0; index < profilers.Length; index++)
            {
                profilers[index].Add(index < row.Cells.Count ? row.Cells[index] : "");
            }
        }

        return new TableInspection(table.DisplayName, table.Format, HeaderCells(table.Headers), rows, ragged, [.. profilers.Select(profiler => profiler.Build())], table.Sha256);
    }

    private static List<HeaderCell> HeaderCells(IReadOnlyList<string> headers)
    {
        // Mappings match headers ignoring case, so "Cost" and "cost" are the same header to them.
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var cells = new List<HeaderCell>(headers.Count);
        for (var index = 0; index < headers.Count; index++)
        {
            var name = headers[index];
            int? duplicateOf = name.Length > 0 && first.TryGetValue(name, out var earlier) ? earlier : null;
            if (name.Length > 0)
            {
                first.TryAdd(name, index + 1);
            }

            cells.Add(new HeaderCell(index + 1, name, name.Length == 0, duplicateOf));
        }

        return cells;
    }
}
