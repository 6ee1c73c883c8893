using PmoAssess.Import;
using PmoAssess.Import.Tables;

namespace PmoAssess.Tests.Fuzz.Bombs;

/// <summary>The data limits are configurable, and each names the file, the place, the limit and the option that raises it.</summary>
public sealed class InputLimitsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ClientTable_MoreRowsThanTheLimit_RefusedAtTheFirstRowPastIt()
    {
        var path = _folder.Write("client.csv", "id,name\n1,a\n2,b\n3,c\n4,d\n");

        var error = Should.Throw<InvalidInputException>(() => ReadTable(path, new InputLimits { MaxRows = 3 }));

        error.Message.ShouldBe("The file has more than 3 rows, the limit: raise it with --max-rows. File=client.csv, Line=5");
    }

    [Fact]
    public void ClientTable_CellLongerThanTheLimit_RefusedNamingTheCell()
    {
        var path = _folder.Write("client.csv", "id,comment\n1,short\n2,\"" + new string('x', 200) + "\"\n");

        var error = Should.Throw<InvalidInputException>(() => ReadTable(path, new InputLimits { MaxCellChars = 100 }));

        error.Message.ShouldBe("A cell holds 200 characters, more than the limit of 100: raise it with --max-cell-size. File=client.csv, Line=3, Column=2 (comment)");
    }

    [Fact]
    public void ClientTable_FileLargerThanTheLimit_Refused()
    {
        var path = _folder.Write("client.csv", "id,name\n" + string.Concat(Enumerable.Repeat("1,abcdefgh\n", 20)));

        var error = Should.Throw<InvalidInputException>(() => ReadTable(path, new InputLimits { MaxFileBytes = 100 }));

        error.Message.ShouldBe("The file is 228 bytes, more than the limit of 100 bytes: raise it with --max-file-size. File=client.csv");
    }

    [Fact]
    public void CanonicalCsv_RowsAndCellsOverTheLimits_Refused()
    {
        _folder.Write("data/projects.csv", "id,name\nP-1,a\nP-2," + new string('n', 50) + "\nP-3,c\n");
        var folder = _folder.Combine("data");

        Should.Throw<InvalidInputException>(() => PortfolioReader.Read(folder, new InputLimits { MaxRows = 2 })).Message
            .ShouldBe("The file has more than 2 rows, the limit: raise it with --max-rows. File=projects.csv, Line=4");
        Should.Throw<InvalidInputException>(() => PortfolioReader.Read(folder, new InputLimits { MaxCellChars = 10 })).Message
            .ShouldBe("A cell holds 50 characters, more than the limit of 10: raise it with --max-cell-size. File=projects.csv, Line=3, Column=2 (name)");
    }

    [Fact]
    public void CanonicalJson_ItemsAndValuesOverTheLimits_Refused()
    {
        var path = _folder.Write("portfolio.json", "{\"projects\": [{\"id\": \"P-1\"}, {\"id\": \"P-2\", \"name\": \"" + new string('n', 50) + "\"}]}");

        Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path, new InputLimits { MaxRows = 1 })).Message
            .ShouldBe("The file has more than 1 rows, the limit: raise it with --max-rows. File=portfolio.json, Path=$.projects[1]");
        Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path, new InputLimits { MaxCellChars = 10 })).Message
            .ShouldBe("A cell holds 50 characters, more than the limit of 10: raise it with --max-cell-size. File=portfolio.json, Path=$.projects[1].name");
    }

    [Fact]
    public void Defaults_ATenMegabyteCellStillReads()
    {
        var path = _folder.Write("client.csv", "id,comment\n1,\"" + new string('x', 10 * 1024 * 1024) + "\"\n");

        ReadTable(path, InputLimits.Default).ShouldBe(1);
    }

    [Theory]
    [InlineData("2G", 2L * 1024 * 1024 * 1024)]
    [InlineData("2GB", 2L * 1024 * 1024 * 1024)]
    [InlineData("500m", 500L * 1024 * 1024)]
    [InlineData("64 K", 64L * 1024)]
    [InlineData("1000", 1000L)]
    [InlineData("0", null)]
    [InlineData("-5M", null)]
    [InlineData("lots", null)]
    [InlineData("99999999999T", null)]
    public void ParseSize_ReadsWholeNumbersWithBinaryUnits(string text, long? expected) => InputLimits.ParseSize(text).ShouldBe(expected);

    private static int ReadTable(string path, InputLimits limits)
    {
        using var table = TableReader.Open(path, Path.GetFileName(path), new TableOptions { Limits = limits });
        return table.Rows().Count();
    }
}
