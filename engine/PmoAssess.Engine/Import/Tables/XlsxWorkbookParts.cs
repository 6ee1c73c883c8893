using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PmoAssess.Import.Tables;

/// <summary>
/// The workbook-wide parts a worksheet's cells refer to: the shared strings (text cells hold an index into them) and
/// the cell styles (only a style's number format tells a date from a number). Read once per workbook.
/// </summary>
internal sealed class XlsxWorkbookParts
{
    private readonly List<string> _sharedStrings;
    private readonly ExcelValueKind[] _styleKinds;

    private XlsxWorkbookParts(List<string> sharedStrings, ExcelValueKind[] styleKinds, bool date1904) =>
        (_sharedStrings, _styleKinds, Date1904) = (sharedStrings, styleKinds, date1904);

    /// <summary>Whether the workbook counts dates from 1904 rather than 1900.</summary>
    public bool Date1904 { get; }

    public static XlsxWorkbookParts Read(WorkbookPart workbook) => new(
        SharedStrings(workbook.SharedStringTablePart),
        StyleKinds(workbook.WorkbookStylesPart?.Stylesheet),
        workbook.Workbook.WorkbookProperties?.Date1904?.Value ?? false);

    /// <summary>The shared string at an index, or <c>null</c> when the index is out of range (a corrupt cell).</summary>
    public string? SharedString(string index) =>
        int.TryParse(index, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var at) && at < _sharedStrings.Count
            ? _sharedStrings[at]
            : null;

    /// <summary>What a cell with this style index shows its number as.</summary>
    public ExcelValueKind KindOf(uint? styleIndex) =>
        styleIndex is { } index && index < _styleKinds.Length ? _styleKinds[index] : ExcelValueKind.Number;

    /// <summary>
    /// The visible text of a rich or plain string item: its runs' text, without the phonetic guides that Japanese
    /// workbooks add (which Excel does not show in the cell).
    /// </summary>
    public static string TextOf(OpenXmlElement item)
    {
        if (item.GetFirstChild<Text>() is { } plain && item.GetFirstChild<Run>() is null)
        {
            return plain.Text;
        }

        return string.Concat(item.ChildElements.Select(child => child switch
        {
            Text text => text.Text,
            Run run => string.Concat(run.Elements<Text>().Select(text => text.Text)),
            _ => "",
        }));
    }

    /// <summary>Streams the shared string table: large workbooks hold most of their text there.</summary>
    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(TextOf(reader.LoadCurrentElement()!));
            }
            else
            {
                reader.Read();
            }
        }

        return strings;
    }

    private static ExcelValueKind[] StyleKinds(Stylesheet? styles)
    {
        if (styles?.CellFormats is not { } formats)
        {
            return [];
        }

        var codes = styles.NumberingFormats?.Elements<NumberingFormat>()
            .Where(format => format.NumberFormatId?.Value is not null)
            .GroupBy(format => format.NumberFormatId!.Value)
            .ToDictionary(group => group.Key, group => group.First().FormatCode?.Value ?? "")
            ?? [];
        return formats.Elements<CellFormat>()
            .Select(format => format.NumberFormatId?.Value is { } id
                ? ExcelNumberFormat.Classify(id, codes.GetValueOrDefault(id))
                : ExcelValueKind.Number)
            .ToArray();
    }
}
