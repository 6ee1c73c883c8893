using System.Globalization;

namespace PmoAssess.Import.Tables;

/// <summary>
/// Opens a client's table file by its extension: CSV text (<c>.csv</c>, <c>.tsv</c>, <c>.txt</c>), an Excel workbook
/// (<c>.xlsx</c>), or a format a plugin contributed.
/// </summary>
internal static class TableReader
{
    /// <summary>Opens the table and reads its header; the rows are streamed by <see cref="ITable.Rows"/>.</summary>
    /// <param name="path">The file on disk.</param>
    /// <param name="displayName">The file as messages and evidence name it (relative to the assessed folder).</param>
    /// <param name="options">Encoding, delimiter, sheet and header row; <c>null</c> members are detected.</param>
    /// <param name="formats">The table formats plugins contributed, for other extensions.</param>
    /// <exception cref="InvalidInputException">
    /// The extension is not supported, the file is missing, unreadable or larger than the limit, or its content is not a table.
    /// </exception>
    public static ITable Open(string path, string displayName, TableOptions options, IReadOnlyList<ITableFormat>? formats = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.HeaderRow < 1)
        {
            throw InvalidInputException.At(
                "The header row must be 1 or more, not " + options.HeaderRow.ToString(CultureInfo.InvariantCulture) + ".",
                new SourceLocation(displayName));
        }

        options.Limits.CheckFileSize(path, displayName);
        ITable table = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" or ".tsv" or ".txt" => CsvTable.Open(path, displayName, options),
            ".xlsx" => XlsxTable.Open(path, displayName, options),
            var other when formats?.FirstOrDefault(format => format.Extensions.Contains(other, StringComparer.OrdinalIgnoreCase)) is { } plugin =>
                PluginTable.Open(plugin, path, displayName, options),
            var other => throw InvalidInputException.At(
                (other.Length == 0 ? "The file has no extension" : "Files ending in '" + other + "' are not read") + ": expected one of " +
                string.Join(", ", TableExtensions.BuiltIn.Concat(formats?.SelectMany(format => format.Extensions) ?? [])) +
                (other == ".xls" ? " (save an old .xls workbook as .xlsx)." : " (a plugin can add a format)."),
                new SourceLocation(displayName)),
        };
        return new LimitedTable(table, options.Limits);
    }
}
