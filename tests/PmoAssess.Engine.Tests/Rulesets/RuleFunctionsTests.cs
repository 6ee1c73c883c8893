using System.Globalization;
using PmoAssess.Rulesets.Expressions;

namespace PmoAssess.Tests.Engine.Rulesets;

public sealed class RuleFunctionsTests
{
    [Theory]
    [InlineData("654460000", "654460000")]
    [InlineData("1250000.50", "1250000.50")]
    [InlineData("-3", "-3")]
    [InlineData(" 0.05 ", "0.05")]
    [InlineData(".5", "0.5")]
    public void Number_InvariantNumber_ReadsIt(string text, string expected) =>
        RuleFunctions.Number(text).ShouldBe(decimal.Parse(expected, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("£2,013.02")]
    [InlineData("2,013.02")]
    [InlineData("1,5")]
    [InlineData("1e6")]
    [InlineData("12 %")]
    [InlineData("Exempt under Section 43 of the Freedom of Information Act 2000 (Commercial Interests)")]
    public void Number_MissingOrNotANumber_IsNull(string? text) =>
        RuleFunctions.Number(text).ShouldBeNull();

    [Theory]
    [InlineData("-12.5", "12.5")]
    [InlineData("12.5", "12.5")]
    [InlineData("0", "0")]
    public void Abs_Number_IsItsMagnitude(string value, string expected) =>
        RuleFunctions.Abs(decimal.Parse(value, CultureInfo.InvariantCulture))
            .ShouldBe(decimal.Parse(expected, CultureInfo.InvariantCulture));

    [Fact]
    public void Abs_Null_IsNull() => RuleFunctions.Abs(null).ShouldBeNull();
}
