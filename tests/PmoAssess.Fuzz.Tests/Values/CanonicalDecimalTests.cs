using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PmoAssess.Import;

namespace PmoAssess.Tests.Fuzz.Values;

/// <summary>
/// Canonical numbers are read by hand when they are plain digits: on every such text, and on near misses, the answer is
/// the general parser's, to the bit (the same value and the same scale, so "1.50" still writes as 1.50).
/// </summary>
public sealed class CanonicalDecimalTests
{
    private const NumberStyles InvariantNumber =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    private static readonly char[] Alphabet = [.. "0123456789000999-.+ e,\u0663"];

    [Property(MaxTest = 5000)]
    public Property Decimal_TextOfDigits_ReadsAsTheGeneralParserReadsIt() =>
        Prop.ForAll(Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars)).ToArbitrary(), ReadsAsTheGeneralParser);

    [Property(MaxTest = 2000)]
    public Property Decimal_AnyAmountWritten_ReadsAsTheGeneralParserReadsIt() =>
        Prop.ForAll(Gen.Choose(int.MinValue, int.MaxValue).Zip(Gen.Choose(0, 8)).ToArbitrary(), pick =>
            ReadsAsTheGeneralParser((pick.Item1 / (decimal)Math.Pow(10, pick.Item2)).ToString(CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.00")]
    [InlineData("1.50")]
    [InlineData("007")]
    [InlineData("-3")]
    [InlineData("1250000.50")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1.2.3")]
    [InlineData("--1")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("999999999999999999")]
    [InlineData("9999999999999999999")]
    [InlineData("99999999999999999.99")]
    [InlineData("0.000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("")]
    [InlineData("-")]
    public void Decimal_EdgeCases_AsTheGeneralParser(string text) => ReadsAsTheGeneralParser(text).ShouldBeTrue();

    private static bool ReadsAsTheGeneralParser(string text)
    {
        var expected = decimal.TryParse(text, InvariantNumber, CultureInfo.InvariantCulture, out var number) ? number : (decimal?)null;
        var read = CanonicalValue.Decimal(text);
        return read is null
            ? expected is null
            : expected is { } value && decimal.GetBits(read.Value).SequenceEqual(decimal.GetBits(value));
    }
}
