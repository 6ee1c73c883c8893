using System.Globalization;

namespace PmoAssess.Import.Tables;

/// <summary>Opens a client's table file by its extension: CSV text (<c>.csv</c>, <c>.tsv</c>, <c>.txt</c>) or an Excel workbook (<c>.xlsx</c>).</summary>
internal static class TableReader
{
    /// <summary>The extensions read, in the order messages list them.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".tsv", ".txt", ".xlsx"];

    /// <summary>Opens the table and reads its header; the rows are streamed by <see cref="ITable.Rows"/>.</summary>
    /// <param name="path">The file on disk.</param>
    /// <param name="displayName">The file as messages and evidence name it (relative to the assessed folder).</param>
    /// <param name="options">Encoding, delimiter, sheet and header row; <c>null</c> members are detected.</param>
    /// <exception cref="InvalidInputException">
    /// The extension is not supported, the file is missing or unreadable, or its content is not a table.
    /// </exception>
    public static ITable Open(string path, string displayName, TableOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.HeaderRow < 1)
        {
            throw InvalidInputException.At(
                "The header row must be 1 or more, not " + options.HeaderRow.ToString(CultureInfo.InvariantCulture) + ".",
                new SourceLocation(displayName));
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" or ".tsv" or ".txt" => CsvTable.Open(path, displayName, options),
            ".xlsx" => XlsxTable.Open(path, displayName, options),
            var other => throw InvalidInputException.At(
                (other.Length == 0 ? "The file has no extension" : "Files ending in '" + other + "' are not read") +
                ": expected one of " + string.Join(", ", Extensions) + (other == ".xls" ? " (save an old .xls workbook as .xlsx)." : "."),
                new SourceLocation(displayName)),
        };
    }
}
