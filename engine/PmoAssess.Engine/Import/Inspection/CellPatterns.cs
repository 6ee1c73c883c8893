using System.Globalization;
using System.Text.RegularExpressions;

namespace PmoAssess.Import.Inspection;

/// <summary>The shapes a cell's text is tested against when a column's type is guessed. All invariant.</summary>
internal static partial class CellPatterns
{
    /// <summary>
    /// The date formats tried, most common in client exports first; the order breaks ties, so an all-ambiguous
    /// column (every day 12 or less) is read day first, as the UK and most of Europe write it.
    /// </summary>
    public static IReadOnlyList<string> DateFormats { get; } =
    [
        "yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy", "dd.MM.yy", "d MMM yyyy", "d MMMM yyyy", "dd-MMM-yyyy", "dd-MMM-yy",
        "d/M/yyyy", "M/d/yyyy", "d.M.yyyy", "dd-MM-yyyy", "yyyy/MM/dd", "dd/MM/yy", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss",
        "dd/MM/yyyy HH:mm",
    ];

    /// <summary>A whole number: an optional sign and digits.</summary>
    public static bool IsInteger(string text) => Integer().IsMatch(text);

    /// <summary>A number as the canonical layout writes it: optional sign, digits, optional decimal point.</summary>
    public static bool IsNumber(string text) => Number().IsMatch(text);

    /// <summary>
    /// An amount as spreadsheets show money: a currency symbol before or after, thousands separators, a minus sign
    /// or brackets for negatives, and an optional unit (<c>£1.2m</c>, <c>(1,234.50)</c>, <c>€ 12 k</c>).
    /// </summary>
    public static bool IsMoney(string text) => Money().IsMatch(text);

    /// <summary>Whether an amount carries a sign of being money rather than a plain number (a symbol or separators).</summary>
    public static bool LooksLikeMoney(string text) => IsMoney(text) && !IsNumber(text);

    /// <summary>Yes or no, in the words the canonical layout accepts (not 1/0, which read as integers).</summary>
    public static bool IsBoolean(string text) => text.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "y" or "n";

    /// <summary>Whether the text is a date in the format.</summary>
    public static bool IsDate(string text, string format) =>
        DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex(@"^[+-]?\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\(?-?\s*[£$€¥]?\s*-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*(k|m|bn|K|M|BN)?\s*[£$€¥]?\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Money();
}
