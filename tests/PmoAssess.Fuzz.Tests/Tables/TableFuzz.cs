using PmoAssess.Import.Tables;

namespace PmoAssess.Tests.Fuzz.Tables;

/// <summary>Reads a table file to its end, as an assessment does: header, every row, and the file's hash.</summary>
internal static class TableFuzz
{
    public static void ReadAll(string path, TableOptions options)
    {
        using var table = TableReader.Open(path, Path.GetFileName(path), options);
        _ = table.Headers.Count;
        foreach (var row in table.Rows())
        {
            _ = row.Cells.Count;
        }

        _ = table.Sha256;
    }
}
