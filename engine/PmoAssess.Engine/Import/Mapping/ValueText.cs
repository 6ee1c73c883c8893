using System.Globalization;
using System.Text;

namespace PmoAssess.Import.Mapping;

/// <summary>
/// Reads the values client exports write: numbers in the source's culture, money with currency symbols, codes,
/// thousands separators and units, dates in the mapping's formats. Each reader returns <c>null</c> for text it cannot
/// read, never a guess: a cell that does not read becomes a data-quality finding, never a silent zero.
/// </summary>
internal static class ValueText
{
    private const NumberStyles NumberStyle = NumberStyles.Number | NumberStyles.AllowParentheses;

    /// <summary>A number written in <paramref name="culture"/>, e.g. <c>1,234.5</c> (en-GB) or <c>1.234,5</c> (de-DE).</summary>
    public static decimal? Number(string text, CultureInfo culture) =>
        decimal.TryParse(WithoutSpaces(text), NumberStyle, culture, out var number) ? number : null;

    /// <summary>
    /// An amount such as <c>£2,341.70</c>, <c>(1,200)</c>, <c>EUR 1.234,50</c> or <c>1 234 €</c>, in <paramref name="unit"/>,
    /// converted to whole currency units. Currency symbols and a three-letter currency code are dropped.
    /// </summary>
    public static decimal? Money(string text, CultureInfo culture, MoneyUnit unit)
    {
        var amount = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.GetUnicodeCategory(c) != UnicodeCategory.CurrencySymbol && !char.IsWhiteSpace(c))
            {
                amount.Append(c);
            }
        }

        var digits = WithoutCurrencyCode(amount.ToString());
        return decimal.TryParse(digits, NumberStyle, culture, out var number) && digits.Any(char.IsAsciiDigit)
            ? number * Scale(unit)
            : null;
    }

    /// <summary>A date in the first of <paramref name="formats"/> it matches, month names read in <paramref name="culture"/>.</summary>
    public static DateOnly? Date(string text, IReadOnlyList<string> formats, CultureInfo culture) =>
        DateOnly.TryParseExact(text.Trim(), [.. formats], culture, DateTimeStyles.AllowWhiteSpaces, out var date) ? date : null;

    /// <summary>A number as custom fields and evidence keep it: invariant, no exponent, no trailing zeros.</summary>
    public static string Canonical(decimal number) => number.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A date as custom fields keep it.</summary>
    public static string Canonical(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>How much one source unit is in whole currency units.</summary>
    public static decimal Scale(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Thousands => 1_000m,
        MoneyUnit.Millions => 1_000_000m,
        MoneyUnit.Billions => 1_000_000_000m,
        _ => 1m,
    };

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    // "GBP1,234" and "1,234EUR" (spaces already dropped): only an upper-case three-letter code at either end.
    private static string WithoutCurrencyCode(string text)
    {
        if (text.Length > 3 && text[..3].All(char.IsAsciiLetterUpper))
        {
            return text[3..];
        }

        return text.Length > 3 && text[^3..].All(char.IsAsciiLetterUpper) ? text[..^3] : text;
    }
}
