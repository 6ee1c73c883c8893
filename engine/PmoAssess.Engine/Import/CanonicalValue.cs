using System.Globalization;

namespace PmoAssess.Import;

/// <summary>Values as the canonical layout writes them: ISO dates, invariant numbers, true/false (Import/README.md, "Values").</summary>
internal static class CanonicalValue
{
    public const string DateFormat = "yyyy-MM-dd";

    private const NumberStyles InvariantNumber =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    public static DateOnly? Date(string text) =>
        TryIsoDate(text, out var date) || DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? date
            : null;

    // The usual spelling, read by hand: the general parser took more time than the rest of a record together (a profile
    // of a generated portfolio of 20,000 projects). Anything else goes to the general parser, which decides as before.
    private static bool TryIsoDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length != DateFormat.Length || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        var (year, month, day) = (Digits(text.AsSpan(0, 4)), Digits(text.AsSpan(5, 2)), Digits(text.AsSpan(8, 2)));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The number the ASCII digits spell, or -1 when any is not one.</summary>
    private static int Digits(ReadOnlySpan<char> text)
    {
        var number = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            number = (number * 10) + (c - '0');
        }

        return number;
    }

    public static decimal? Decimal(string text) =>
        TryPlainDecimal(text, out var number) || decimal.TryParse(text, InvariantNumber, CultureInfo.InvariantCulture, out number) ? number : null;

    // The usual spelling, read by hand as dates are: an optional '-', then at most 18 digits with at most one '.' between
    // two of them, the number keeping its scale ("1.50" is 1.50) as the general parser's does. Anything else, and zero
    // (whose sign the general parser decides), goes to the general parser.
    private static bool TryPlainDecimal(string text, out decimal number)
    {
        number = default;
        var digits = text.AsSpan();
        var negative = digits.StartsWith('-');
        digits = negative ? digits[1..] : digits;
        if (digits.IsEmpty || digits.Length > 19 || !char.IsAsciiDigit(digits[0]) || !char.IsAsciiDigit(digits[^1]))
        {
            return false;
        }

        var (mantissa, point) = (0UL, -1);
        for (var index = 0; index < digits.Length; index++)
        {
            var c = digits[index];
            if (char.IsAsciiDigit(c))
            {
                mantissa = (mantissa * 10) + (ulong)(c - '0');
            }
            else if (c == '.' && point < 0)
            {
                point = index;
            }
            else
            {
                return false;
            }
        }

        if (mantissa == 0 || (point < 0 && digits.Length > 18))
        {
            return false;
        }

        number = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)(point < 0 ? 0 : digits.Length - 1 - point));
        return true;
    }

    public static int? Integer(string text) =>
        int.TryParse(text, InvariantNumber & ~NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static bool? Boolean(string text)
    {
        var word = text.AsSpan().Trim();
        return Is(word, "true") || Is(word, "yes") || Is(word, "y") || Is(word, "1") ? true
            : Is(word, "false") || Is(word, "no") || Is(word, "n") || Is(word, "0") ? false
            : null;

        // Compared without upper-casing a copy of every cell; ordinal-ignore-case as ToUpperInvariant compared.
        static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What a value of <paramref name="kind"/> must look like, for messages (enumerations name their values themselves).</summary>
    public static string Expected(FieldKind kind) => kind switch
    {
        FieldKind.Date => "a date as " + DateFormat,
        FieldKind.Number => "a number such as 1250000.50 (no currency or thousands separators)",
        FieldKind.Integer => "a whole number",
        FieldKind.Boolean => "true or false",
        _ => "text",
    };

    /// <summary>The canonical spelling of <paramref name="text"/> read as <paramref name="kind"/> (not an enumeration), or <c>null</c>.</summary>
    public static string? Canonical(FieldKind kind, string text) => kind switch
    {
        FieldKind.Text => text,
        FieldKind.Date => Date(text)?.ToString(DateFormat, CultureInfo.InvariantCulture),
        FieldKind.Number => Decimal(text)?.ToString(CultureInfo.InvariantCulture),
        FieldKind.Integer => Integer(text)?.ToString(CultureInfo.InvariantCulture),
        FieldKind.Boolean => Boolean(text) is { } value ? (value ? "true" : "false") : null,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Enumerations read through their column."),
    };
}
