using CsvHelper;
using PmoAssess.Import.Tables;

namespace PmoAssess.Import;

/// <summary>
/// Streams the records of one canonical CSV file through CsvHelper, checking its header against the
/// entity's layout and every row's shape, and hashing the bytes as they are parsed (one read of the file).
/// Problems stop the import with file, line and column.
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
        // Pooled here instead (CsvCellStrings), without CsvHelper's lock per cell.
        PoolStrings = false,
        MaxRecordSize = (int)Math.Min(int.MaxValue, Math.Max(MaxRecordChars, 2L * limits.MaxCellChars)),
    };

    /// <summary>The records of the file at <paramref name="path"/>; once they are all read, <paramref name="hashed"/> gets the file's SHA-256.</summary>
    public static IEnumerable<RawRecord> Read(string path, string displayName, EntityLayout layout, InputLimits limits, Action<string>? hashed = null)
    {
        limits.CheckFileSize(path, displayName);
        using var stream = Open(path, displayName);
        using var reader = CsvReader.Create(stream, Options(limits), leaveOpen: true);
        var headers = ReadHeaders(reader, path, displayName, layout);
        var columns = new CsvColumns(displayName, headers, headers.Select((header, index) => (index, header))
            .Where(column => layout.Knows(column.header))
            .Select(column => (column.index, CanonicalLayout.FieldName(column.header))));
        var strings = new CsvCellStrings(headers.Length);
        var cells = new CsvRowCells(columns);
        var record = new RawRecord(displayName, row: null, line: null, cells, NoCells);
        var (breaksInCells, rows) = (0, 0L);
        while (TryRead(reader, path, displayName))
        {
            // The location is only made for the message: a row or cell within the limits costs no allocation.
            if (++rows > limits.MaxRows)
            {
                limits.CheckRows(rows, new SourceLocation(displayName, (int)reader.LineNumber));
            }

            // A spreadsheet shows blank lines as rows but a cell's line breaks inside its row. The breaks are counted once in
            // the record's bytes rather than in each cell's text: a '\n' can only be inside a quoted cell (one outside quotes
            // ends the record), and removing the quotes keeps it, so both count the same. The columns the layout does not
            // know are read from the row's values too (CsvRowCells.CustomFields).
            var line = (int)reader.LineNumber;
            cells.MoveTo(ReadRow(reader, strings, columns, displayName, limits));
            record.MoveTo(row: line - breaksInCells, line);
            breaksInCells += reader.RawRecord.Count((byte)'\n');
            yield return record;
        }

        stream.ReadToEnd();
        hashed?.Invoke(stream.Sha256!);
    }

    private static HashingReadStream Open(string path, string displayName)
    {
        try
        {
            return new HashingReadStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
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

    /// <summary>Adds the row just read to the file's rows, once its shape and each cell's length are checked; returns its ordinal.</summary>
    private static int ReadRow(CsvReader reader, CsvCellStrings strings, CsvColumns columns, string displayName, InputLimits limits)
    {
        var headers = columns.Headers;
        var line = (int)reader.LineNumber;
        if (reader.FieldCount != headers.Length)
        {
            var column = Math.Min(reader.FieldCount, headers.Length) + 1;
            throw InvalidInputException.At(
                "The row has " + reader.FieldCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " cells but the header has " +
                headers.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".",
                new SourceLocation(displayName, line, column, column <= headers.Length ? headers[column - 1] : null));
        }

        var ordinal = columns.Source.AddRow();
        var values = columns.Source.Values(ordinal);
        for (var index = 0; index < values.Count; index++)
        {
            var value = values[index] = strings.Get(index, reader.GetSpan(index), reader, MakeString);
            if (value.Length > limits.MaxCellChars)
            {
                limits.CheckCell(value.Length, new SourceLocation(displayName, line, index + 1, headers[index]));
            }
        }

        return ordinal;
    }

    private static readonly Func<CsvReader, int, string> MakeString = static (reader, index) => reader.GetString(index);

    private static readonly IReadOnlyDictionary<string, RawCell> NoCells = new Dictionary<string, RawCell>();
}
