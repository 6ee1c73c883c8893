using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PmoAssess.Tests.Engine.Import.Tables;

/// <summary>
/// Writes small .xlsx workbooks for the tests with the Open XML SDK, so no binary fixture is committed. Cells are
/// given as objects: a string (shared), <see cref="Inline"/>, a number, a bool, a <see cref="DateTime"/> (stored
/// as a serial with a date format, as Excel does) or <see cref="Formatted"/> (a number with a custom format).
/// </summary>
internal static class XlsxFixture
{
    public static void Write(string path, params (string Name, (int Row, object?[] Cells)[] Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var strings = new List<string>();
        var formats = new List<string>();
        uint sheetId = 1;
        foreach (var (name, rows) in sheets)
        {
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (number, cells) in rows)
            {
                var row = new Row { RowIndex = (uint)number };
                for (var index = 0; index < cells.Length; index++)
                {
                    if (cells[index] is { } value)
                    {
                        row.Append(Cell(ColumnName(index + 1) + number.ToString(CultureInfo.InvariantCulture), value, strings, formats));
                    }
                }

                data.Append(row);
            }

            worksheet.Worksheet = new Worksheet(data);
            workbook.Workbook.Sheets!.Append(new Sheet { Name = name, SheetId = sheetId++, Id = workbook.GetIdOfPart(worksheet) });
        }

        workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(strings.Select(text => new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles(formats);
    }

    /// <summary>Style 1 is the built-in date format 14; styles 2 on are the custom codes in order of first use.</summary>
    private static Cell Cell(string reference, object value, List<string> strings, List<string> formats)
    {
        var cell = new Cell { CellReference = reference };
        switch (value)
        {
            case string text:
                var index = strings.IndexOf(text);
                if (index < 0)
                {
                    strings.Add(text);
                    index = strings.Count - 1;
                }

                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture));
                break;
            case Inline inline:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(inline.Text));
                break;
            case bool flag:
                cell.DataType = CellValues.Boolean;
                cell.CellValue = new CellValue(flag ? "1" : "0");
                break;
            case DateTime date:
                cell.StyleIndex = date.TimeOfDay == TimeSpan.Zero ? 1u : Style("yyyy-mm-dd hh:mm", formats);
                cell.CellValue = new CellValue(date.ToOADate().ToString("R", CultureInfo.InvariantCulture));
                break;
            case Formatted formatted:
                cell.StyleIndex = Style(formatted.Code, formats);
                cell.CellValue = new CellValue(formatted.Value.ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                cell.CellValue = new CellValue(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
        }

        return cell;
    }

    private static uint Style(string code, List<string> formats)
    {
        if (!formats.Contains(code))
        {
            formats.Add(code);
        }

        return (uint)formats.IndexOf(code) + 2;
    }

    private static Stylesheet Styles(List<string> formats) => new(
        new NumberingFormats(formats.Select((code, index) => new NumberingFormat { NumberFormatId = (uint)(164 + index), FormatCode = code })),
        new Fonts(new Font()),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new[] { new CellFormat { NumberFormatId = 0 }, new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true } }
                .Concat(formats.Select((_, index) => new CellFormat { NumberFormatId = (uint)(164 + index), ApplyNumberFormat = true }))));

    private static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>A string stored in the cell itself rather than in the shared strings.</summary>
    public sealed record Inline(string Text);

    /// <summary>A number shown through a custom number format code.</summary>
    public sealed record Formatted(double Value, string Code);
}
