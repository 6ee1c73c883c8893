using System.Globalization;
using System.Security.Cryptography;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PmoAssess.Import.Tables;

/// <summary>
/// One worksheet of an <c>.xlsx</c> workbook read as a table, with the Open XML SDK's streaming reader: one row in
/// memory at a time (plus the shared strings). Row numbers are the worksheet's own, so blank rows in between keep
/// the numbering a consultant sees in Excel. Blank rows are not returned, as blank lines of a CSV file are not.
/// A workbook that would unpack into far more than it weighs is refused before the SDK opens it (<see cref="XlsxUnpackCheck"/>).
/// </summary>
internal sealed class XlsxTable : ITable
{
    private readonly FileStream _file;
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly XlsxWorkbookParts _parts;
    private readonly string _sheet;
    private bool _enumerated;
    private int _previousRow;

    private XlsxTable(string displayName, TableOptions options, FileStream file, string sha256)
    {
        (DisplayName, _file, Sha256) = (displayName, file, sha256);
        _document = SpreadsheetDocument.Open(file, isEditable: false);
        var workbook = _document.WorkbookPart ?? throw Corrupt("it has no workbook part", null);
        var sheets = (workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            .Where(sheet => sheet.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) && part is WorksheetPart)
            .Select(sheet => (Name: sheet.Name?.Value ?? "", Part: (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)))
            .ToList();
        if (sheets.Count == 0)
        {
            throw Corrupt("it has no worksheet", null);
        }

        var names = sheets.Select(sheet => sheet.Name).ToList();
        var chosen = options.Sheet is null ? sheets[0]
            : sheets.FirstOrDefault(sheet => sheet.Name == options.Sheet) is { Part: not null } exact ? exact
            // Excel itself treats sheet names without regard to case.
            : sheets.FirstOrDefault(sheet => string.Equals(sheet.Name, options.Sheet, StringComparison.OrdinalIgnoreCase));
        if (chosen.Part is null)
        {
            throw InvalidInputException.At(
                "The workbook has no sheet '" + options.Sheet + "': its sheets are " + string.Join(", ", names.Select(name => "'" + name + "'")) + ".",
                new SourceLocation(displayName));
        }

        _sheet = chosen.Name;
        _parts = XlsxWorkbookParts.Read(workbook);
        _reader = OpenXmlReader.Create(chosen.Part);
        _reader.Read();
        var header = NextRow(minimum: options.HeaderRow)
            ?? throw InvalidInputException.At(
                (options.HeaderRow == 1 ? "The sheet '" + _sheet + "' is empty" : "The sheet '" + _sheet + "' has nothing from row " + options.HeaderRow.ToString(CultureInfo.InvariantCulture) + " on") +
                ": expected a header row.",
                new SourceLocation(displayName, options.HeaderRow));
        Headers = Array.ConvertAll(header.Cells, cell => cell.Trim());
        var notes = header.Row > options.HeaderRow
            ? new List<string> { "the header is on row " + header.Row.ToString(CultureInfo.InvariantCulture) + ", after blank rows" }
            : [];
        Format = new TableFormat("xlsx", Encoding: null, Delimiter: null, _sheet, names) { Notes = notes };
    }

    /// <inheritdoc />
    public string DisplayName { get; }

    /// <inheritdoc />
    public TableFormat Format { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Headers { get; }

    /// <inheritdoc />
    public string Sha256 { get; }

    /// <summary>Opens the workbook, chooses the sheet and reads its header row.</summary>
    /// <exception cref="InvalidInputException">The file is missing, not an .xlsx workbook, or corrupt; or the sheet is unknown or empty.</exception>
    public static XlsxTable Open(string path, string displayName, TableOptions options)
    {
        var file = TableFiles.OpenRead(path, displayName);
        try
        {
            Span<byte> head = stackalloc byte[8];
            var length = TableFiles.ReadFully(file, head);
            if (!FileSignatures.IsZip(head[..length]))
            {
                throw InvalidInputException.At(NotAWorkbook(head[..length]), new SourceLocation(displayName));
            }

            // The hash of the very bytes the workbook is read from, before the package reader seeks about in them.
            file.Position = 0;
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(file));
            file.Position = 0;
            XlsxUnpackCheck.Check(file, displayName, options.Limits);
            file.Position = 0;
            return new XlsxTable(displayName, options, file, sha256);
        }
        catch (Exception exception) when (IsCorruption(exception))
        {
            file.Dispose();
            throw InvalidInputException.At("The workbook is corrupt: " + exception.Message, new SourceLocation(displayName), exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            file.Dispose();
            throw TableFiles.Unreadable(exception, displayName);
        }
        catch
        {
            file.Dispose();
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
    public void Dispose()
    {
        _reader?.Dispose();
        _document.Dispose();
        _file.Dispose();
    }

    private IEnumerable<TableRow> Enumerate()
    {
        while (Guard(() => NextRow(minimum: 1)) is { } row)
        {
            // Cells a row leaves out at its end are empty; a row is as wide as the header at least.
            var cells = row.Cells.Length >= Headers.Count ? row.Cells : [.. row.Cells, .. Enumerable.Repeat("", Headers.Count - row.Cells.Length)];
            yield return new TableRow(row.Row, Line: null, cells);
        }
    }

    /// <summary>The next row at or below <paramref name="minimum"/> with a cell that is not empty; <c>null</c> at the end of the sheet.</summary>
    private (int Row, string[] Cells)? NextRow(int minimum)
    {
        while (!_reader.EOF)
        {
            if (_reader.ElementType != typeof(Row) || !_reader.IsStartElement)
            {
                _reader.Read();
                continue;
            }

            var row = (Row)_reader.LoadCurrentElement()!;
            // A row without its number follows the one before (the attribute is optional in the file format).
            var number = (int?)row.RowIndex?.Value ?? _previousRow + 1;
            _previousRow = number;
            if (number >= minimum && Cells(row) is { Length: > 0 } cells)
            {
                return (number, cells);
            }
        }

        return null;
    }

    /// <summary>The row's cells as text, placed by their column letters, up to the last one that is not empty.</summary>
    private string[] Cells(Row row)
    {
        var cells = new List<string>();
        var column = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : column + 1;
            var text = TextOf(cell);
            if (text.Length == 0)
            {
                continue;
            }

            while (cells.Count < column)
            {
                cells.Add("");
            }

            cells[column - 1] = text;
        }

        return [.. cells];
    }

    private string TextOf(Cell cell)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? XlsxWorkbookParts.TextOf(inline) : cell.CellValue?.Text ?? "";
        }

        var stored = cell.CellValue?.Text ?? "";
        if (stored.Length == 0)
        {
            return "";
        }

        return type switch
        {
            _ when type == CellValues.SharedString => _parts.SharedString(stored) ?? throw Corrupt("a cell names shared string " + stored + ", which does not exist", cell),
            _ when type == CellValues.Boolean => ExcelCellText.FromBoolean(stored),
            _ when type == CellValues.Date => ExcelCellText.FromIsoDate(stored),
            // Formula strings and errors (#N/A, #REF!) are kept as they show.
            _ when type == CellValues.String || type == CellValues.Error => stored,
            _ => ExcelCellText.FromNumber(stored, _parts.KindOf(cell.StyleIndex?.Value), _parts.Date1904),
        };
    }

    /// <summary>The 1-based column of a cell reference such as <c>AB12</c>.</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return Math.Max(column, 1);
    }

    private T Guard<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception exception) when (IsCorruption(exception))
        {
            throw InvalidInputException.At("The workbook is corrupt: " + exception.Message, new SourceLocation(DisplayName), exception);
        }
    }

    private InvalidInputException Corrupt(string problem, Cell? cell) =>
        InvalidInputException.At(
            "The workbook is corrupt: " + problem + "." + (cell?.CellReference?.Value is { } reference ? " Sheet=" + _sheet + ", Cell=" + reference : ""),
            new SourceLocation(DisplayName));

    /// <summary>
    /// What the SDK and the package reader throw on a damaged workbook, besides their own exception types. Fuzzing found
    /// <see cref="FormatException"/>: the SDK parses an attribute (a cell's type or style, a row's number) only when it is
    /// read, and one too large for its type overflows instead; and <see cref="ArgumentException"/>: a relationship whose
    /// target has a scheme is not the relative URI the package reader requires.
    /// </summary>
    private static bool IsCorruption(Exception exception) =>
        exception is FormatException or OverflowException or ArgumentException
            or OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or InvalidOperationException or NotSupportedException;

    private static string NotAWorkbook(ReadOnlySpan<byte> head) =>
        FileSignatures.IsOleCompound(head)
            ? "This is not an .xlsx workbook but an OLE compound file: an old .xls workbook, or one protected with a password. Save it from Excel as .xlsx without a password."
            : "This is not an .xlsx workbook: an .xlsx file is a zip archive, and this one is " +
              (FileSignatures.Recognise(head) ?? (head.Length == 0 ? "empty" : "not (a CSV file named .xlsx?)")) + ".";
}
