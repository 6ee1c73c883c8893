using System.Globalization;

namespace PmoAssess.History;

/// <summary>How values are written in the store's text columns: invariant, sortable, the same on every machine.</summary>
internal static class StoreText
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private const string DateFormat = "yyyy-MM-dd";

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    public static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static decimal? ParseNumber(string? text) => text is null ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.Of.TryGetValue(value, out var name) ? name : value.ToString().ToLowerInvariant();

    public static TEnum ParseName<TEnum>(string text)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(text[0])
            ? value
            : throw new FormatException("'" + text + "' is not a " + typeof(TEnum).Name + " this PmoAssess knows.");

    /// <summary>As <see cref="ParseName{TEnum}(string)"/>, without a string for a name spelled as <see cref="Name"/> writes it.</summary>
    public static TEnum ParseName<TEnum>(ReadOnlySpan<char> text)
        where TEnum : struct, Enum => Names<TEnum>.Parsed.TryGetValue(text, out var value) ? value : ParseName<TEnum>(text.ToString());

    /// <summary>
    /// Each name made once, and looked up without a string: recording a run of 100,000 projects names 1.1 million
    /// severities, kinds and states, and reading one back parses as many.
    /// </summary>
    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> Of = Enum.GetValues<TEnum>().Distinct().ToDictionary(value => value, value => value.ToString().ToLowerInvariant());

        public static readonly Dictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> Parsed =
            Of.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
