using System.Security.Cryptography;

namespace PmoAssess.Import.Tables;

/// <summary>
/// A table read through a plugin's <see cref="ITableFormat"/>. The plugin yields rows of text; this numbers them as a
/// spreadsheet would (the first row of the table is row 1), takes the header, and hashes the file itself. A
/// <see cref="FormatException"/> from the plugin is bad data (exit 3, naming the file); anything else it throws is a
/// fault of the plugin (exit 4).
/// </summary>
internal sealed class PluginTable : ITable
{
    private readonly ITableFormat _plugin;
    private readonly string _path;
    private readonly IEnumerator<IReadOnlyList<string>> _rows;
    private readonly int _headerRow;
    private string? _sha256;

    private PluginTable(ITableFormat plugin, string path, string displayName, TableFormat format, IEnumerator<IReadOnlyList<string>> rows, int headerRow)
    {
        _plugin = plugin;
        _path = path;
        DisplayName = displayName;
        Format = format;
        _rows = rows;
        _headerRow = headerRow;
    }

    public string DisplayName { get; }

    public TableFormat Format { get; }

    public IReadOnlyList<string> Headers { get; private init; } = [];

    public string Sha256 => _sha256 ??= HashOf(_path, DisplayName);

    public static PluginTable Open(ITableFormat plugin, string path, string displayName, TableOptions options)
    {
        TableFiles.OpenRead(path, displayName).Dispose();
        var tables = Run(plugin, displayName, () => plugin.Tables(path));
        var table = options.Sheet ?? (tables.Count > 0 ? tables[0] : throw InvalidInputException.At(
            "The file holds no tables to read as " + plugin.Name + ".", new SourceLocation(displayName)));
        if (!tables.Contains(table, StringComparer.Ordinal))
        {
            throw InvalidInputException.At("The file has no table '" + table + "': it has " + string.Join(", ", tables.Select(name => "'" + name + "'")) + ".",
                new SourceLocation(displayName));
        }

        var rows = Run(plugin, displayName, () => plugin.Read(path, table).GetEnumerator());
        for (var row = 1; row < options.HeaderRow; row++)
        {
            Next(plugin, rows, displayName);
        }

        var header = Next(plugin, rows, displayName) ?? throw InvalidInputException.At(
            "The table '" + table + "' is empty: expected a header row.", new SourceLocation(displayName, options.HeaderRow));
        return new PluginTable(plugin, path, displayName, new TableFormat(plugin.Name, null, null, table, tables), rows, options.HeaderRow)
        {
            Headers = [.. header.Select(cell => (cell ?? string.Empty).Trim())],
        };
    }

    public IEnumerable<TableRow> Rows()
    {
        var row = _headerRow;
        while (Next(_plugin, _rows, DisplayName) is { } cells)
        {
            yield return new TableRow(++row, null, [.. cells.Select(cell => cell ?? string.Empty)]);
        }
    }

    public void Dispose() => _rows.Dispose();

    private static IReadOnlyList<string>? Next(ITableFormat plugin, IEnumerator<IReadOnlyList<string>> rows, string displayName) =>
        Run(plugin, displayName, () => rows.MoveNext() ? rows.Current ?? [] : null);

    private static T Run<T>(ITableFormat plugin, string displayName, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is FormatException or InvalidDataException)
        {
            throw InvalidInputException.At("Not a valid " + plugin.Name + " file: " + exception.Message, new SourceLocation(displayName), exception);
        }
        catch (Exception exception) when (exception is not InvalidInputException)
        {
            throw new PluginFaultException("The " + plugin.Name + " table format of a plugin failed on the file: " + exception.GetType().Name + ": " +
                exception.Message + " File=" + displayName, exception);
        }
    }

    private static string HashOf(string path, string displayName)
    {
        using var stream = TableFiles.OpenRead(path, displayName);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
