using CsvHelper;

namespace PmoAssess.Import;

/// <summary>
/// Streams the records of one canonical CSV file through CsvHelper, checking its header against the
/// entity's layout and every row's shape. Problems stop the import with file, line and column.
/// </summary>
internal static class CsvRecordReader
{
    /// <summary>The longest record read, at least: it bounds the memory a quote that never closes can take.</summary>
    private const int MaxRecordChars = 64 * 1024 * 1024;

    private static CsvReaderOptions Options(InputLimits limits) => new()
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        // Checked here rather than by CsvHelper, to name the column that is missing or extra.
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MaxRecordSize = (int)Math.Min(int.MaxValue, Math.Max(MaxRecordChars, 2L * limits.MaxCellChars)),
    };

    public static IEnumerable<RawRecord> Read(string path, string displayName, EntityLayout layout, InputLimits limits)
    {
        limits.CheckFileSize(path, displayName);
        using var reader = Open(path, displayName, limits);
        var headers = ReadHeaders(reader, path, displayName, layout);
        var (breaksInCells, rows) = (0, 0L);
        while (TryRead(reader, path, displayName))
        {
            limits.CheckRows(++rows, new SourceLocation(displayName, (int)reader.LineNumber));

            // A spreadsheet shows blank lines as rows but a cell's line breaks inside its row.
            var record = ToRecord(reader, headers, displayName, layout, row: (int)reader.LineNumber - breaksInCells, limits);
            breaksInCells += record.Cells.Values.Concat(record.Extra.Values).Sum(cell => cell.Value.Count(c => c == '\n'));
            yield return record;
        }
    }

    private static CsvReader Open(string path, string displayName, InputLimits limits)
    {
        try
        {
            return CsvReader.FromFile(path, Options(limits), FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException("Cannot read the file: " + exception.Message + " File=" + displayName, exception);
        }
    }

    private static string[] ReadHeaders(CsvReader reader, string path, string displayName, EntityLayout layout)
    {
        string[] headers;
        try
        {
            headers = reader.Headers.ToArray();
        }
        catch (CsvFormatException exception)
        {
            throw Malformed(exception, path, displayName);
        }

        if (headers.Length == 0)
        {
            throw InvalidInputException.At(
                "The file is empty: expected a header row with " + string.Join(",", layout.Columns) + ".",
                new SourceLocation(displayName, 1, 1));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < headers.Length; index++)
        {
            var header = headers[index] = headers[index].Trim();
            var location = new SourceLocation(displayName, 1, index + 1, header);
            if (!seen.Add(header))
            {
                throw InvalidInputException.At("The column '" + header + "' appears twice in the header.", location);
            }

            if (!layout.Knows(header) && !layout.KeepsCustomFields)
            {
                throw InvalidInputException.At(
                    "Unknown column '" + header + "': expected one of " + string.Join(", ", layout.Columns) + ".", location);
            }
        }

        if (!seen.Contains("id"))
        {
            throw InvalidInputException.At("The header has no 'id' column: every record needs an id.", new SourceLocation(displayName, 1));
        }

        return headers;
    }

    private static bool TryRead(CsvReader reader, string path, string displayName)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException exception)
        {
            throw Malformed(exception, path, displayName);
        }
    }

    private static InvalidInputException Malformed(CsvFormatException exception, string path, string displayName)
    {
        var (line, column) = TextPosition.OfCsvError(File.ReadAllBytes(path), Math.Max(1, (int)exception.LineNumber), exception.ByteOffset);
        return InvalidInputException.At("Malformed CSV: " + exception.Message, new SourceLocation(displayName, line, column), exception);
    }

    private static RawRecord ToRecord(CsvReader reader, string[] headers, string displayName, EntityLayout layout, int row, InputLimits limits)
    {
        var line = (int)reader.LineNumber;
        if (reader.FieldCount != headers.Length)
        {
            var column = Math.Min(reader.FieldCount, headers.Length) + 1;
            throw InvalidInputException.At(
                "The row has " + reader.FieldCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " cells but the header has " +
                headers.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".",
                new SourceLocation(displayName, line, column, column <= headers.Length ? headers[column - 1] : null));
        }

        var cells = new Dictionary<string, RawCell>(StringComparer.Ordinal);
        var extra = new Dictionary<string, RawCell>(StringComparer.Ordinal);
        for (var index = 0; index < headers.Length; index++)
        {
            var value = reader.GetString(index);
            limits.CheckCell(value.Length, new SourceLocation(displayName, line, index + 1, headers[index]));
            var cell = new RawCell(headers[index], index + 1, value);
            if (layout.Knows(headers[index]))
            {
                cells[CanonicalLayout.FieldName(headers[index])] = cell;
            }
            else
            {
                extra[headers[index]] = cell;
            }
        }

        return new RawRecord(displayName, row, line, cells, extra);
    }
}
