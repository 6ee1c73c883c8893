using System.Globalization;
using CsvHelper;

namespace PmoAssess.Import.Tables;

/// <summary>
/// A CSV (or TSV) file read as a table through CsvHelper, streamed: the encoding is detected in a first pass, then the
/// file is read once more through a hashing stream, so rows and SHA-256 come from the same bytes.
/// Quoting follows Excel: a stray quote inside an unquoted cell is kept as text and text after a closing quote is
/// appended, but a quote that never closes is an error, since it would swallow the rest of the file into one cell.
/// </summary>
internal sealed class CsvTable : ITable
{
    /// <summary>
    /// The largest record read. Generous on purpose (a client's 10 MB "comments" cell reads fine); it only bounds the
    /// memory a quote that never closes at the top of a huge file could take before the error is reported.
    /// </summary>
    private const int MaxRecordBytes = 64 * 1024 * 1024;

    private readonly string _path;
    private readonly DetectedEncoding _encoding;
    private readonly HashingReadStream _stream;
    private readonly CsvReader _reader;
    private readonly int _linesBefore;
    private readonly int _rowsBefore;
    private int _breaksInCells;
    private long? _unclosedQuoteRecordLine;
    private bool _enumerated;

    private CsvTable(string path, string displayName, TableOptions options, DetectedEncoding encoding, char? hint, HashingReadStream stream)
    {
        (_path, DisplayName, _encoding, _stream) = (path, displayName, encoding, stream);
        var text = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: false);
        var notes = new List<string>();
        if (encoding.Note is { } encodingNote)
        {
            notes.Add(encodingNote);
        }

        if (hint is { } separator)
        {
            _linesBefore += CsvTextScanner.SkipRows(text, 1, delimiter: null).Lines;
            notes.Add(options.Delimiter is null
                ? "a 'sep=" + Describe(separator) + "' first line names the delimiter"
                : "the 'sep=" + Describe(separator) + "' first line is skipped; the delimiter given wins");
        }

        if (options.HeaderRow > 1)
        {
            var (lines, rows) = CsvTextScanner.SkipRows(text, options.HeaderRow - 1, options.Delimiter ?? hint);
            (_linesBefore, _rowsBefore) = (_linesBefore + lines, rows);
            notes.Add("rows 1-" + rows.ToString(CultureInfo.InvariantCulture) + " above the header skipped");
        }

        _reader = CsvReader.Create(text, new CsvReaderOptions
        {
            Separator = options.Delimiter ?? hint,
            DetectSeparatorHint = false,
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            // Rows longer or shorter than the header are returned as they are: the mapping decides what they mean.
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            // Twice the longest cell, so that a cell over the limit is reported as such (LimitedTable) rather than as a record
            // CsvHelper gave up on.
            MaxRecordSize = (int)Math.Min(int.MaxValue, Math.Max(MaxRecordBytes, 2L * options.Limits.MaxCellChars)),
            OnMalformedRecord = record =>
            {
                if (record.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    _unclosedQuoteRecordLine ??= record.LineNumber;
                }
            },
        }, leaveOpen: false);

        var headers = Guard(() => _reader.Headers.ToArray());
        if (headers.Length == 0)
        {
            throw InvalidInputException.At(
                options.HeaderRow == 1
                    ? "The file is empty: expected a header row."
                    : "The file ends before row " + options.HeaderRow.ToString(CultureInfo.InvariantCulture) + ": expected the header row there.",
                new SourceLocation(displayName, _linesBefore + 1));
        }

        _breaksInCells = headers.Sum(LineBreaks);
        // A second byte order mark (some tools write one after another's) is not part of the first header.
        headers[0] = headers[0].TrimStart('\uFEFF');
        Headers = Array.ConvertAll(headers, header => header.Trim());
        Format = new TableFormat("csv", encoding.Name, _reader.Separator, Sheet: null, Sheets: []) { Notes = notes };
    }

    /// <inheritdoc />
    public string DisplayName { get; }

    /// <inheritdoc />
    public TableFormat Format { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Headers { get; }

    /// <inheritdoc />
    public string Sha256 => _stream.Sha256 ?? throw new InvalidOperationException("The SHA-256 is known once every row has been read. File=" + DisplayName);

    /// <summary>Opens the file and reads its header.</summary>
    /// <exception cref="InvalidInputException">The file is missing, binary, empty or malformed, or its encoding is unknown.</exception>
    public static CsvTable Open(string path, string displayName, TableOptions options)
    {
        var encoding = EncodingDetector.Detect(path, displayName, TextEncodings.Parse(options.Encoding, new SourceLocation(displayName)));
        var hint = SeparatorHint.Read(path, displayName, encoding);
        var stream = new HashingReadStream(TableFiles.OpenRead(path, displayName));
        try
        {
            Span<byte> bom = stackalloc byte[encoding.BomLength];
            TableFiles.ReadFully(stream, bom);
            return new CsvTable(path, displayName, options, encoding, hint, stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stream.Dispose();
            throw TableFiles.Unreadable(exception, displayName);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public IEnumerable<TableRow> Rows()
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("The rows of a table are read once. File=" + DisplayName);
        }

        _enumerated = true;
        return Enumerate();
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    private IEnumerable<TableRow> Enumerate()
    {
        while (Guard(_reader.Read))
        {
            var line = (int)_reader.LineNumber;
            var cells = new string[_reader.FieldCount];
            for (var index = 0; index < cells.Length; index++)
            {
                cells[index] = _reader.GetString(index);
            }

            // A spreadsheet shows blank lines as rows, but a cell's own line breaks inside its row.
            var row = _rowsBefore + line - _breaksInCells;
            _breaksInCells += cells.Sum(LineBreaks);
            yield return new TableRow(row, _linesBefore + line, cells);
        }

        Guard(() =>
        {
            _stream.ReadToEnd();
            return true;
        });
    }

    /// <summary>Runs a step of CsvHelper, turning its failures into messages with the file and line.</summary>
    private T Guard<T>(Func<T> step)
    {
        T result;
        try
        {
            result = step();
        }
        catch (CsvFormatException exception)
        {
            var line = exception.LineNumber > 0 ? _linesBefore + (int)exception.LineNumber : (int?)null;
            throw InvalidInputException.At("Malformed CSV: " + exception.Message, new SourceLocation(DisplayName, line), exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw TableFiles.Unreadable(exception, DisplayName);
        }

        if (_unclosedQuoteRecordLine is { } recordLine)
        {
            throw UnclosedQuote(_linesBefore + (int)recordLine);
        }

        return result;
    }

    /// <summary>The error for a quote that never closes, placed at the quote (found by reading the file again).</summary>
    private InvalidInputException UnclosedQuote(int recordLine)
    {
        (int Line, int Column)? quote;
        using (var stream = TableFiles.OpenRead(_path, DisplayName))
        {
            stream.Seek(_encoding.BomLength, SeekOrigin.Begin);
            using var text = new StreamReader(stream, _encoding.Encoding, detectEncodingFromByteOrderMarks: false);
            quote = CsvTextScanner.FindUnclosedQuote(text, recordLine, _reader.Separator);
        }

        return InvalidInputException.At(
            "A quoted cell never closes: the file ends inside it. Is the file cut short, or a closing quote missing?",
            new SourceLocation(DisplayName, quote?.Line ?? recordLine, quote?.Column));
    }

    private static int LineBreaks(string cell)
    {
        var breaks = 0;
        for (var index = 0; index < cell.Length; index++)
        {
            // \r\n is one break, as is a lone \r or \n; CsvHelper counts lines the same way.
            breaks += cell[index] == '\n' || (cell[index] == '\r' && (index + 1 == cell.Length || cell[index + 1] != '\n')) ? 1 : 0;
        }

        return breaks;
    }

    private static string Describe(char separator) => separator == '\t' ? "\\t" : separator.ToString();
}
