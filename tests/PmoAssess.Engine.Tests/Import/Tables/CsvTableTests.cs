using System.Security.Cryptography;
using System.Text;
using PmoAssess.Import.Tables;

namespace PmoAssess.Tests.Engine.Import.Tables;

/// <summary>
/// CSV files as clients send them: any common encoding, delimiter and line ending, cells over several lines.
/// Every expected row, line and column below was counted by hand from the input shown.
/// </summary>
public sealed class CsvTableTests : IDisposable
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Open_Utf8WithoutBom_ReadsHeadersRowsAndHash()
    {
        var bytes = Utf8NoBom.GetBytes("id,name\n1,Zoë\n2,Łódź\n");
        var path = TableFile.WriteBytes(_folder, "plain.csv", bytes);

        var (table, rows) = TableFile.ReadAll(path);

        table.Format.ShouldBe(new TableFormat("csv", "utf-8", ',', null, []), new FormatComparer());
        table.Headers.ShouldBe(["id", "name"]);
        rows.Select(row => row.Cells[1]).ShouldBe(["Zoë", "Łódź"]);
        rows.Select(row => (row.Row, row.Line)).ShouldBe([(2, (int?)2), (3, 3)]);
        table.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Fact]
    public void Open_Utf8WithBom_SkipsTheMarkAndHashesIt()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Utf8NoBom.GetBytes("id,name\n1,Zoë\n")).ToArray();
        var path = TableFile.WriteBytes(_folder, "bom.csv", bytes);

        var (table, rows) = TableFile.ReadAll(path);

        table.Format.Encoding.ShouldBe("utf-8");
        table.Headers[0].ShouldBe("id");
        rows.Single().Cells.ShouldBe(["1", "Zoë"]);
        table.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Theory]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16be", true)]
    [InlineData("utf-16le", false)]
    public void Open_Utf16_DetectsTheByteOrder(string expected, bool withBom)
    {
        var encoding = new UnicodeEncoding(bigEndian: expected == "utf-16be", byteOrderMark: withBom);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("id\tcost\n1\t£12\n2\t€7\n")).ToArray();
        var path = TableFile.WriteBytes(_folder, "unicode.txt", bytes);

        var (table, rows) = TableFile.ReadAll(path);

        table.Format.Encoding.ShouldBe(expected);
        table.Format.Delimiter.ShouldBe('\t');
        table.Headers.ShouldBe(["id", "cost"]);
        rows.Select(row => row.Cells[1]).ShouldBe(["£12", "€7"]);
        table.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Fact]
    public void Open_Windows1252Pound_DetectsWindows1252AndSaysWhere()
    {
        // 0xA3 is £ in windows-1252 and never valid on its own in UTF-8; 0x80 is €.
        var bytes = Encoding.ASCII.GetBytes("id,cost\n1,12\n2,").Concat(new byte[] { 0xA3, 0x33, 0x20, 0x80, 0x34, 0x0A }).ToArray();
        var path = TableFile.WriteBytes(_folder, "excel.csv", bytes);

        var (table, rows) = TableFile.ReadAll(path);

        table.Format.Encoding.ShouldBe("windows-1252");
        table.Format.Notes.ShouldContain("not valid UTF-8 (first at line 3, byte 0xA3): read as windows-1252");
        rows[1].Cells[1].ShouldBe("£3 €4");
    }

    [Fact]
    public void Open_Windows1252UndefinedBytes_KeepsThemAsControlCharacters()
    {
        // 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character in windows-1252; .NET maps them to U+0081 and so on.
        var bytes = Encoding.ASCII.GetBytes("id,odd\n1,a").Concat(new byte[] { 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xA3 }).Concat(Encoding.ASCII.GetBytes("b\n")).ToArray();
        var path = TableFile.WriteBytes(_folder, "odd.csv", bytes);

        var (table, rows) = TableFile.ReadAll(path);

        table.Format.Encoding.ShouldBe("windows-1252");
        rows.Single().Cells[1].ShouldBe("a\u0081\u008D\u008F\u0090\u009D£b");
    }

    [Fact]
    public void Open_MixedLineEndingsAndMultiLineCells_NumbersRowsAsASpreadsheetAndLinesAsAnEditor()
    {
        const string Text =
            "id,comment\r\n" +             // line 1, row 1
            "1,\"first\r\nsecond\"\n" +   // lines 2-3, row 2
            "2,plain\r" +                  // line 4, row 3 (a lone CR ends it)
            "\r\n" +                       // line 5, row 4: blank, shown as a row by a spreadsheet
            "3,\"a\nb\nc\"\r\n" +          // lines 6-8, row 5
            "4,last";                      // line 9, row 6, no final line break
        var path = TableFile.WriteBytes(_folder, "mixed.csv", Utf8NoBom.GetBytes(Text));

        var (_, rows) = TableFile.ReadAll(path);

        rows.Select(row => (row.Row, row.Line, row.Cells[0])).ShouldBe([(2, (int?)2, "1"), (3, 4, "2"), (5, 6, "3"), (6, 9, "4")]);
        rows[0].Cells[1].ShouldBe("first\r\nsecond");
        rows[2].Cells[1].ShouldBe("a\nb\nc");
    }

    [Fact]
    public void Open_MultiLineHeaderCell_CountsItsBreaksOutOfTheRows()
    {
        var path = TableFile.WriteBytes(_folder, "header.csv", Utf8NoBom.GetBytes("id,\"cost\n(£m)\"\n1,2\n"));

        var (table, rows) = TableFile.ReadAll(path);

        table.Headers.ShouldBe(["id", "cost\n(£m)"]);
        rows.Single().Row.ShouldBe(2);
        rows.Single().Line.ShouldBe(3);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    [InlineData(',')]
    public void Open_Delimiter_IsDetected(char delimiter)
    {
        var text = string.Join(delimiter, "id", "name", "cost") + "\n" + string.Join(delimiter, "1", "\"A, B; C\"", "3.5") + "\n";
        var path = TableFile.WriteBytes(_folder, "detect.csv", Utf8NoBom.GetBytes(text));

        var (table, rows) = TableFile.ReadAll(path);

        table.Format.Delimiter.ShouldBe(delimiter);
        table.Headers.ShouldBe(["id", "name", "cost"]);
        rows.Single().Cells.ShouldBe(["1", "A, B; C", "3.5"]);
    }

    [Theory]
    [InlineData(',', new[] { "a;b", "c" })]
    [InlineData(';', new[] { "a", "b,c" })]
    public void Open_DelimiterGiven_IsUsed(char delimiter, string[] headers)
    {
        var path = TableFile.WriteBytes(_folder, "forced.csv", Utf8NoBom.GetBytes("a;b,c\n1;2,3\n"));

        var (table, _) = TableFile.ReadAll(path, new TableOptions { Delimiter = delimiter });

        table.Format.Delimiter.ShouldBe(delimiter);
        table.Headers.ShouldBe(headers);
    }

    [Fact]
    public void Open_SeparatorHintLine_SetsTheDelimiterAndIsNotARow()
    {
        var path = TableFile.WriteBytes(_folder, "hint.csv", Utf8NoBom.GetBytes("sep=;\nid;name\n1;A,B\n"));

        var (table, rows) = TableFile.ReadAll(path);

        table.Format.Delimiter.ShouldBe(';');
        table.Headers.ShouldBe(["id", "name"]);
        // Excel hides the hint line: the header is row 1 and the first data row row 2, on line 3 of the text.
        rows.Single().ShouldSatisfyAllConditions(row => row.Row.ShouldBe(2), row => row.Line.ShouldBe(3), row => row.Cells.ShouldBe(["1", "A,B"]));
    }

    [Fact]
    public void Open_SeparatorHintWithDelimiterGiven_SkipsTheHintAndUsesTheGivenDelimiter()
    {
        var path = TableFile.WriteBytes(_folder, "hint.csv", Utf8NoBom.GetBytes("sep=;\nid,name\n1,A\n"));

        var (table, rows) = TableFile.ReadAll(path, new TableOptions { Delimiter = ',' });

        table.Headers.ShouldBe(["id", "name"]);
        rows.Single().Cells.ShouldBe(["1", "A"]);
    }

    [Fact]
    public void Open_HeaderRowBelowTitleRows_SkipsTheRowsAbove()
    {
        const string Text = "Major projects\n\"Exported\n2021\"\nid,name\n1,A\n";
        var path = TableFile.WriteBytes(_folder, "titled.csv", Utf8NoBom.GetBytes(Text));

        // Row 1 is the title, row 2 a two-line cell (lines 2-3), row 3 the header (line 4).
        var (table, rows) = TableFile.ReadAll(path, new TableOptions { HeaderRow = 3 });

        table.Headers.ShouldBe(["id", "name"]);
        rows.Single().ShouldSatisfyAllConditions(row => row.Row.ShouldBe(4), row => row.Line.ShouldBe(5));
    }

    [Fact]
    public void Open_HeaderCells_AreTrimmed()
    {
        var path = TableFile.WriteBytes(_folder, "spaces.csv", Utf8NoBom.GetBytes(" id ,\tname \n1, A \n"));

        var (table, rows) = TableFile.ReadAll(path, new TableOptions { Delimiter = ',' });

        table.Headers.ShouldBe(["id", "name"]);
        rows.Single().Cells.ShouldBe(["1", " A "]);
    }

    [Fact]
    public void Open_RaggedRows_AreReturnedAsTheyAre()
    {
        var path = TableFile.WriteBytes(_folder, "ragged.csv", Utf8NoBom.GetBytes("a,b,c\n1\n1,2,3,4\n"));

        var (_, rows) = TableFile.ReadAll(path);

        rows.Select(row => row.Cells.Count).ShouldBe([1, 4]);
    }

    [Fact]
    public void Open_HeaderOnly_HasNoRowsAndNoError()
    {
        var bytes = Utf8NoBom.GetBytes("id,name\r\n");
        var path = TableFile.WriteBytes(_folder, "header-only.csv", bytes);

        var (table, rows) = TableFile.ReadAll(path);

        table.Headers.ShouldBe(["id", "name"]);
        rows.ShouldBeEmpty();
        table.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0x0A, 0x0D, 0x0A })]
    public void Open_EmptyFile_ThrowsExpectingAHeaderRow(byte[] bytes)
    {
        var path = TableFile.WriteBytes(_folder, "empty.csv", bytes);

        var exception = Should.Throw<InvalidInputException>(() => TableFile.ReadAll(path));

        exception.Message.ShouldStartWith("The file is empty: expected a header row.");
        exception.Location!.File.ShouldBe("empty.csv");
    }

    [Fact]
    public void Open_PngRenamedCsv_ThrowsSayingWhatItIs()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var path = TableFile.WriteBytes(_folder, "logo.csv", png);

        var exception = Should.Throw<InvalidInputException>(() => TableFile.ReadAll(path));

        exception.Message.ShouldBe("This is not a text table: it looks like a PNG image. File=logo.csv");
    }

    [Fact]
    public void Open_ZeroBytesWithoutUtf16Pattern_ThrowsBinary()
    {
        byte[] binary = [0x01, 0x00, 0x00, 0x02, 0x41, 0x00, 0x00, 0x00, 0x7F, 0x42, 0x00, 0x43];
        var path = TableFile.WriteBytes(_folder, "blob.csv", binary);

        var exception = Should.Throw<InvalidInputException>(() => TableFile.ReadAll(path));

        exception.Message.ShouldStartWith("This is not a text table: it holds zero bytes, as binary files do.");
    }

    [Fact]
    public void Open_QuoteThatNeverCloses_ThrowsAtTheOpeningQuote()
    {
        var path = TableFile.WriteBytes(_folder, "truncated.csv", Utf8NoBom.GetBytes("id,comment\n1,ok\n2,\"never\nclosed\n3,x\n"));

        var exception = Should.Throw<InvalidInputException>(() => TableFile.ReadAll(path));

        exception.Message.ShouldStartWith("A quoted cell never closes");
        exception.Message.ShouldEndWith("File=truncated.csv, Line=3, Column=3");
    }

    [Fact]
    public void Open_QuoteThatNeverClosesAfterAMultiLineCell_ThrowsAtTheOpeningQuote()
    {
        // The record starts on line 2; its second cell closes on line 3, where the third opens at column 4.
        var path = TableFile.WriteBytes(_folder, "truncated.csv", Utf8NoBom.GetBytes("id,a,b\n1,\"x\ny\",\"open\nmore\n"));

        var exception = Should.Throw<InvalidInputException>(() => TableFile.ReadAll(path));

        exception.Message.ShouldEndWith("File=truncated.csv, Line=3, Column=4");
    }

    [Fact]
    public void Open_QuoteThatNeverClosesInWindows1252AfterSeparatorHint_CountsTheHintLine()
    {
        var bytes = Encoding.ASCII.GetBytes("sep=;\nid;name\n1;").Concat(new byte[] { 0xA3 }).Concat(Encoding.ASCII.GetBytes("\n2;\"open\n")).ToArray();
        var path = TableFile.WriteBytes(_folder, "truncated.csv", bytes);

        var exception = Should.Throw<InvalidInputException>(() => TableFile.ReadAll(path));

        exception.Message.ShouldEndWith("File=truncated.csv, Line=4, Column=3");
    }

    [Fact]
    public void Open_TenMegabyteCell_ReadsIt()
    {
        var big = new string('x', 10_000_000);
        var path = TableFile.WriteBytes(_folder, "big.csv", Utf8NoBom.GetBytes("id,notes\n1,\"" + big + "\"\n2,small\n"));

        var (_, rows) = TableFile.ReadAll(path);

        rows[0].Cells[1].Length.ShouldBe(10_000_000);
        rows[1].ShouldSatisfyAllConditions(row => row.Row.ShouldBe(3), row => row.Cells[1].ShouldBe("small"));
    }

    [Fact]
    public void Open_UnknownEncodingName_ThrowsListingTheSupportedNames()
    {
        var path = TableFile.WriteBytes(_folder, "a.csv", Utf8NoBom.GetBytes("id\n1\n"));

        var exception = Should.Throw<InvalidInputException>(() => TableFile.ReadAll(path, new TableOptions { Encoding = "ebcdic" }));

        exception.Message.ShouldBe("Unknown encoding 'ebcdic': expected one of auto, utf-8, utf-16, utf-16le, utf-16be, windows-1252, cp1252, latin1. File=a.csv");
    }

    [Fact]
    public void Open_Latin1_ReadsAsWindows1252AndSaysSo()
    {
        var bytes = Encoding.ASCII.GetBytes("id,cost\n1,").Concat(new byte[] { 0x80, 0x35, 0x0A }).ToArray();
        var path = TableFile.WriteBytes(_folder, "latin.csv", bytes);

        var (table, rows) = TableFile.ReadAll(path, new TableOptions { Encoding = "latin1" });

        table.Format.Encoding.ShouldBe("windows-1252");
        table.Format.Notes.ShouldContain(note => note.StartsWith("latin1 is read as windows-1252", StringComparison.Ordinal));
        rows.Single().Cells[1].ShouldBe("€5");
    }

    [Fact]
    public void Open_Utf8GivenButInvalid_ThrowsNamingTheLine()
    {
        var bytes = Encoding.ASCII.GetBytes("id,cost\n1,2\n2,").Concat(new byte[] { 0xA3, 0x0A }).ToArray();
        var path = TableFile.WriteBytes(_folder, "wrong.csv", bytes);

        var exception = Should.Throw<InvalidInputException>(() => TableFile.ReadAll(path, new TableOptions { Encoding = "utf-8" }));

        exception.Message.ShouldStartWith("The file is not valid UTF-8 (first at line 3, byte 0xA3)");
    }

    [Fact]
    public void Open_ByteOrderMarkContradictsTheGivenEncoding_Throws()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Utf8NoBom.GetBytes("id\n1\n")).ToArray();
        var path = TableFile.WriteBytes(_folder, "bom.csv", bytes);

        var exception = Should.Throw<InvalidInputException>(() => TableFile.ReadAll(path, new TableOptions { Encoding = "windows-1252" }));

        exception.Message.ShouldStartWith("The file starts with a utf-8 byte order mark, but its encoding was given as windows-1252");
    }

    [Fact]
    public void Rows_ReadTwice_Throws()
    {
        var path = TableFile.WriteBytes(_folder, "a.csv", Utf8NoBom.GetBytes("id\n1\n"));
        using var table = TableReader.Open(path, "a.csv", new TableOptions());
        _ = table.Rows().ToList();

        Should.Throw<InvalidOperationException>(() => table.Rows());
    }

    [Fact]
    public void Sha256_BeforeTheRowsAreRead_Throws()
    {
        // Larger than the read buffers, so the end of the file has not been seen once the header is read.
        var path = TableFile.WriteBytes(_folder, "a.csv", Utf8NoBom.GetBytes("id\n" + string.Concat(Enumerable.Repeat("12345678\n", 100_000))));
        using var table = TableReader.Open(path, "a.csv", new TableOptions());

        Should.Throw<InvalidOperationException>(() => table.Sha256);
    }

    /// <summary>Compares formats by value, the sheet list included (records compare lists by reference).</summary>
    private sealed class FormatComparer : IEqualityComparer<TableFormat>
    {
        public bool Equals(TableFormat? x, TableFormat? y) =>
            x is not null && y is not null && x.Kind == y.Kind && x.Encoding == y.Encoding && x.Delimiter == y.Delimiter && x.Sheet == y.Sheet && x.Sheets.SequenceEqual(y.Sheets);

        public int GetHashCode(TableFormat obj) => obj.Kind.GetHashCode(StringComparison.Ordinal);
    }
}
