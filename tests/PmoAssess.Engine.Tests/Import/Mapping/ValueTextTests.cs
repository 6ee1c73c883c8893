using System.Globalization;
using PmoAssess.Import.Mapping;

namespace PmoAssess.Tests.Engine.Import.Mapping;

/// <summary>Reading the values client exports write: money, numbers and dates, and refusing to guess at anything else.</summary>
public sealed class ValueTextTests
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData("£2,341.70", "Millions", "2341700000")]
    [InlineData("£0.5", "Millions", "500000")]
    [InlineData(" £ 12 ", "Units", "12")]
    [InlineData("(1,200)", "Thousands", "-1200000")]
    [InlineData("-£3.25", "Units", "-3.25")]
    [InlineData("GBP 1,234", "Units", "1234")]
    [InlineData("1,234 EUR", "Units", "1234")]
    [InlineData("$1.5", "Billions", "1500000000")]
    public void Money_ReadsSymbolsSeparatorsAndUnits(string text, string unit, string expected) =>
        ValueText.Canonical(ValueText.Money(text, British, Enum.Parse<MoneyUnit>(unit))!.Value).ShouldBe(expected);

    [Theory]
    [InlineData("07. Sep")]
    [InlineData("Exempt under Section 43 of the Freedom of Information Act 2000 (Commercial Interests)")]
    [InlineData("£")]
    [InlineData("n/a")]
    [InlineData("1.2.3")]
    public void Money_TextThatIsNotAnAmount_IsNull(string text) =>
        ValueText.Money(text, British, MoneyUnit.Millions).ShouldBeNull();

    [Fact]
    public void Money_ReadsInTheSourceCulture() =>
        ValueText.Money("1.234,50 €", CultureInfo.GetCultureInfo("de-DE"), MoneyUnit.Units).ShouldBe(1234.50m);

    [Theory]
    [InlineData("1,250,000.50", "1250000.5")]
    [InlineData("-3", "-3")]
    [InlineData("  42  ", "42")]
    public void Number_ReadsTheSourceCulture(string text, string expected) =>
        ValueText.Canonical(ValueText.Number(text, British)!.Value).ShouldBe(expected);

    [Fact]
    public void Number_WithACurrencySymbol_IsNull() => ValueText.Number("£5", British).ShouldBeNull();

    [Theory]
    [InlineData("30.06.08", "dd.MM.yy", "2008-06-30")]
    [InlineData("25.11.15", "dd.MM.yy", "2015-11-25")]
    [InlineData("2014-07-08", "yyyy-MM-dd", "2014-07-08")]
    [InlineData("3 Mar 2021", "d MMM yyyy", "2021-03-03")]
    public void Date_ReadsTheGivenFormats(string text, string format, string expected) =>
        ValueText.Canonical(ValueText.Date(text, [format], British)!.Value).ShouldBe(expected);

    [Fact]
    public void Date_TriesEachFormatInTurn() =>
        ValueText.Date("31/12/2021", ["yyyy-MM-dd", "dd/MM/yyyy"], British).ShouldBe(new DateOnly(2021, 12, 31));

    [Theory]
    [InlineData("31.02.2021")]
    [InlineData("Exempt under Section 26")]
    [InlineData("2021-13-01")]
    public void Date_NotADateInTheFormats_IsNull(string text) =>
        ValueText.Date(text, ["yyyy-MM-dd", "dd.MM.yyyy"], British).ShouldBeNull();

    [Fact]
    public void Canonical_NoExponentNoTrailingZeros() => ValueText.Canonical(0.00001m * 100m).ShouldBe("0.001");
}
