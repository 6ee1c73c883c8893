using System.IO.Compression;
using System.Security.Cryptography;
using PmoAssess.Import.Tables;
using static PmoAssess.Tests.Engine.Import.Tables.XlsxFixture;

namespace PmoAssess.Tests.Engine.Import.Tables;

/// <summary>Excel workbooks, written by <see cref="XlsxFixture"/>: any sheet, cells as the text Excel shows.</summary>
public sealed class XlsxTableTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Open_FirstSheet_ReadsCellsAsText()
    {
        var path = _folder.Combine("book.xlsx");
        Write(path,
            ("Projects",
            [
                (1, ["id", " name ", "cost", "start", "updated", "active", "note"]),
                (2, ["P-1", "Alpha", 2341.7, new DateTime(2021, 3, 31), new DateTime(2021, 3, 31, 14, 30, 0), true, new Inline("inline text")]),
                // Rows 3 and 4 are blank: not returned, and row 5 keeps its number.
                (5, ["P-2", null, 0.1 + 0.2, null, null, false]),
                (6, ["P-3", "Gamma", 1_000_000, null, null, null, null]),
            ]),
            ("Risks", [(1, ["id"]), (2, ["R-1"])]));

        var (table, rows) = TableFile.ReadAll(path);

        table.Format.ShouldSatisfyAllConditions(
            format => format.Kind.ShouldBe("xlsx"),
            format => format.Encoding.ShouldBeNull(),
            format => format.Delimiter.ShouldBeNull(),
            format => format.Sheet.ShouldBe("Projects"),
            format => format.Sheets.ShouldBe(["Projects", "Risks"]));
        table.Headers.ShouldBe(["id", "name", "cost", "start", "updated", "active", "note"]);
        rows.Select(row => row.Row).ShouldBe([2, 5, 6]);
        rows.ShouldAllBe(row => row.Line == null);
        rows[0].Cells.ShouldBe(["P-1", "Alpha", "2341.7", "2021-03-31", "2021-03-31 14:30", "true", "inline text"]);
        rows[1].Cells.ShouldBe(["P-2", "", "0.3", "", "", "false", ""]);
        rows[2].Cells.ShouldBe(["P-3", "Gamma", "1000000", "", "", "", ""]);
        table.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
    }

    [Theory]
    [InlineData("Risks")]
    [InlineData("risks")]
    public void Open_SheetByName_ReadsThatSheet(string sheet)
    {
        var path = _folder.Combine("book.xlsx");
        Write(path, ("Projects", [(1, ["id"]), (2, ["P-1"])]), ("Risks", [(1, ["risk id", "score"]), (2, ["R-1", new Formatted(0.25, "0%")])]));

        var (table, rows) = TableFile.ReadAll(path, new TableOptions { Sheet = sheet });

        table.Format.Sheet.ShouldBe("Risks");
        table.Headers.ShouldBe(["risk id", "score"]);
        rows.Single().Cells.ShouldBe(["R-1", "0.25"]);
    }

    [Fact]
    public void Open_UnknownSheet_ThrowsListingTheSheets()
    {
        var path = _folder.Combine("book.xlsx");
        Write(path, ("Projects", [(1, ["id"])]), ("Risks", [(1, ["id"])]));

        var exception = Should.Throw<InvalidInputException>(() => TableFile.ReadAll(path, new TableOptions { Sheet = "Issues" }));

        exception.Message.ShouldBe("The workbook has no sheet 'Issues': its sheets are 'Projects', 'Risks'. File=book.xlsx");
    }

    [Fact]
    public void Open_HeaderRowBelowATitle_SkipsTheRowsAbove()
    {
        var path = _folder.Combine("book.xlsx");
        Write(path, ("Data", [(1, ["Portfolio export"]), (3, ["id", "name"]), (4, ["P-1", "Alpha"])]));

        var (table, rows) = TableFile.ReadAll(path, new TableOptions { HeaderRow = 3 });

        table.Headers.ShouldBe(["id", "name"]);
        rows.Single().Row.ShouldBe(4);
    }

    [Fact]
    public void Open_CustomDateAndDurationFormats_ReadDatesAsDatesAndDurationsAsNumbers()
    {
        var path = _folder.Combine("book.xlsx");
        Write(path, ("Data",
        [
            (1, ["uk date", "duration", "money", "time"]),
            (2, [new Formatted(44286, "dd/mm/yyyy;@"), new Formatted(1.5, "[h]:mm"), new Formatted(1234.5, "_-£* #,##0.00_-;-£* #,##0.00_-"), new Formatted(0.75, "h:mm AM/PM")]),
        ]));

        var (_, rows) = TableFile.ReadAll(path);

        rows.Single().Cells.ShouldBe(["2021-03-31", "1.5", "1234.5", "18:00"]);
    }

    [Fact]
    public void Open_EmptySheet_ThrowsExpectingAHeaderRow()
    {
        var path = _folder.Combine("book.xlsx");
        Write(path, ("Empty", []));

        var exception = Should.Throw<InvalidInputException>(() => TableFile.ReadAll(path));

        exception.Message.ShouldBe("The sheet 'Empty' is empty: expected a header row. File=book.xlsx, Line=1");
    }

    [Fact]
    public void Open_TextFileNamedXlsx_ThrowsNotAWorkbook()
    {
        var path = TableFile.WriteBytes(_folder, "book.xlsx", "id,name\n1,A\n"u8.ToArray());

        var exception = Should.Throw<InvalidInputException>(() => TableFile.ReadAll(path));

        exception.Message.ShouldBe("This is not an .xlsx workbook: an .xlsx file is a zip archive, and this one is not (a CSV file named .xlsx?). File=book.xlsx");
    }

    [Fact]
    public void Open_OldXlsOrEncryptedWorkbook_SaysSo()
    {
        var path = TableFile.WriteBytes(_folder, "book.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);

        var exception = Should.Throw<InvalidInputException>(() => TableFile.ReadAll(path));

        exception.Message.ShouldStartWith("This is not an .xlsx workbook but an OLE compound file");
    }

    [Fact]
    public void Open_ZipThatIsNotAWorkbook_ThrowsCorrupt()
    {
        var path = _folder.Combine("book.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a workbook");
        }

        var exception = Should.Throw<InvalidInputException>(() => TableFile.ReadAll(path));

        exception.Message.ShouldStartWith("The workbook is corrupt");
        exception.Message.ShouldEndWith("File=book.xlsx");
    }

    [Fact]
    public void Open_TruncatedWorkbook_ThrowsCorrupt()
    {
        var whole = _folder.Combine("whole.xlsx");
        Write(whole, ("Projects", [(1, ["id", "name"]), (2, ["P-1", "Alpha"])]));
        var bytes = File.ReadAllBytes(whole);
        var path = TableFile.WriteBytes(_folder, "cut.xlsx", bytes[..(bytes.Length / 2)]);

        var exception = Should.Throw<InvalidInputException>(() => TableFile.ReadAll(path));

        exception.Message.ShouldStartWith("The workbook is corrupt");
    }
}
