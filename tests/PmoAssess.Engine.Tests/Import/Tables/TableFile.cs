using PmoAssess.Import.Tables;

namespace PmoAssess.Tests.Engine.Import.Tables;

/// <summary>Writes table files byte for byte and reads them back whole, for the table reader tests.</summary>
internal static class TableFile
{
    public static string WriteBytes(TempFolder folder, string name, byte[] bytes)
    {
        var path = folder.Combine(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Opens the table, reads every row and the hash, and closes it.</summary>
    public static (ITable Table, List<TableRow> Rows) ReadAll(string path, TableOptions? options = null)
    {
        using var table = TableReader.Open(path, Path.GetFileName(path), options ?? new TableOptions());
        var rows = table.Rows().ToList();
        _ = table.Sha256;
        return (table, rows);
    }
}
