using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PmoAssess.Import;

namespace PmoAssess.Tests.Fuzz.Values;

/// <summary>
/// Canonical dates are read by hand when they look like yyyy-MM-dd: on every such text, and on near misses, the answer
/// is the general parser's.
/// </summary>
public sealed class CanonicalDateTests
{
    private static readonly char[] Alphabet = [.. "0123456789-/ +.T:x\u0663\uFF11"];

    [Property(MaxTest = 2000)]
    public Property Date_AnyDateWritten_ReadsBackAsThatDate() =>
        Prop.ForAll(Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).ToArbitrary(), dayNumber =>
        {
            var date = DateOnly.FromDayNumber(dayNumber);
            return CanonicalValue.Date(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) == date;
        });

    [Property(MaxTest = 5000)]
    public Property Date_TextOfTheCanonicalShape_ReadsAsTheGeneralParserReadsIt() =>
        Prop.ForAll(Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars)).ToArbitrary(), NearlyDates().ToArbitrary(), (noise, nearly) =>
            ReadsAsTheGeneralParser(noise) && ReadsAsTheGeneralParser(nearly));

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("9999-12-31", true)]
    [InlineData("2026-13-01", false)]
    [InlineData("2026-00-10", false)]
    [InlineData("2026-04-31", false)]
    [InlineData(" 2026-04-3", false)]
    [InlineData("2026/04/30", false)]
    [InlineData("2026-4-30", false)]
    public void Date_EdgeCases_AsTheGeneralParser(string text, bool isDate)
    {
        (CanonicalValue.Date(text) is not null).ShouldBe(isDate);
        ReadsAsTheGeneralParser(text).ShouldBeTrue();
    }

    private static bool ReadsAsTheGeneralParser(string text) =>
        CanonicalValue.Date(text) == (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null);

    /// <summary>Ten characters shaped like a date, each digit sometimes another character of the alphabet.</summary>
    private static Gen<string> NearlyDates() =>
        Gen.Elements("0123456789".ToCharArray()).Zip(Gen.Elements(Alphabet)).Zip(Gen.Choose(0, 9))
            .Select(pick => pick.Item2 == 0 ? pick.Item1.Item2 : pick.Item1.Item1)
            .ArrayOf(8)
            .Select(digits => new string([.. digits[..4], '-', .. digits[4..6], '-', .. digits[6..]]));
}
