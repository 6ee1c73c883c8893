using System.Text;
using PmoAssess.Import;

namespace PmoAssess.Tests.Engine.Import;

public sealed class CsvCellStringsTests
{
    private static readonly Func<string, int, string> Make = static (text, _) => new string(text.AsSpan());

    [Fact]
    public void Get_SameTextTwice_ReturnsOneString()
    {
        var strings = new CsvCellStrings(columns: 1);

        var first = Get(strings, 0, "2026-09-30");
        var second = Get(strings, 0, "2026-09-30");

        second.ShouldBe("2026-09-30");
        ReferenceEquals(first, second).ShouldBeTrue();
    }

    [Fact]
    public void Get_SameTextInTwoColumns_KeepsEachColumnsOwn()
    {
        var strings = new CsvCellStrings(columns: 2);

        var first = Get(strings, 0, "open");
        var second = Get(strings, 1, "open");

        second.ShouldBe("open");
        ReferenceEquals(first, second).ShouldBeFalse();
    }

    [Fact]
    public void Get_EmptyCell_ReturnsTheEmptyStringWithoutMakingOne()
    {
        var strings = new CsvCellStrings(columns: 1);

        strings.Get(0, [], "unused", static (_, _) => throw new InvalidOperationException("made")).ShouldBeSameAs(string.Empty);
    }

    [Fact]
    public void Get_ColumnOfUniqueValues_StopsPoolingAndStillReturnsEachText()
    {
        var strings = new CsvCellStrings(columns: 1);
        for (var index = 0; index < 10_000; index++)
        {
            Get(strings, 0, "RSK-" + index).ShouldBe("RSK-" + index);
        }

        var first = Get(strings, 0, "RSK-1");
        ReferenceEquals(first, Get(strings, 0, "RSK-1")).ShouldBeFalse();
    }

    [Fact]
    public void Get_ColumnOfRuns_SharesEachRunsStringPastThePoolsLimit()
    {
        var strings = new CsvCellStrings(columns: 1);
        for (var index = 0; index < 100_000; index++)
        {
            var first = Get(strings, 0, "PRJ-" + index);
            Get(strings, 0, "PRJ-" + index);
            var third = Get(strings, 0, "PRJ-" + index);

            third.ShouldBe("PRJ-" + index);
            ReferenceEquals(first, third).ShouldBeTrue();
        }
    }

    [Fact]
    public void Get_ColumnOfFewValuesSeenSlowly_KeepsPooling()
    {
        var strings = new CsvCellStrings(columns: 1);
        for (var index = 0; index < 50_000; index++)
        {
            Get(strings, 0, "2026-01-" + (index % 3000).ToString("0000", System.Globalization.CultureInfo.InvariantCulture));
        }

        var first = Get(strings, 0, "2026-01-0001");
        Get(strings, 0, "2026-01-0002");
        ReferenceEquals(first, Get(strings, 0, "2026-01-0001")).ShouldBeTrue();
    }

    [Fact]
    public void Get_LongText_IsReadButNotPooled()
    {
        var strings = new CsvCellStrings(columns: 1);
        var text = new string('x', 500) + "é";

        var first = Get(strings, 0, text);

        first.ShouldBe(text);
        ReferenceEquals(first, Get(strings, 0, text)).ShouldBeFalse();
    }

    [Fact]
    public void Get_TextsThatDifferOnlyInBytes_AreKeptApart()
    {
        var strings = new CsvCellStrings(columns: 1);

        Get(strings, 0, "Zoë Khan").ShouldBe("Zoë Khan");
        Get(strings, 0, "Zoe Khan").ShouldBe("Zoe Khan");
        Get(strings, 0, "Zoë Khan").ShouldBe("Zoë Khan");
    }

    private static string Get(CsvCellStrings strings, int column, string text) =>
        strings.Get(column, Encoding.UTF8.GetBytes(text), text, Make);
}
