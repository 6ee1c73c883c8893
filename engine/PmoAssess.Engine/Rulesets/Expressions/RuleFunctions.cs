using System.Globalization;
using PmoAssess.Facts;

namespace PmoAssess.Rulesets.Expressions;

/// <summary>
/// The functions a ruleset expression may call (see rulesets/README.md). The one-argument date functions,
/// <see cref="AsOf()"/> and <see cref="Field(string)"/> are what the parser sees; when an expression is
/// bound they are replaced by the overloads that take the assessment date or the subject, so compiled
/// rules stay independent of any one assessment. Public only because the expression parser resolves it.
/// </summary>
public static class RuleFunctions
{
    private const NumberStyles InvariantNumber =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    /// <summary>The names an author writes, in camelCase.</summary>
    internal static readonly HashSet<string> Names = new(
        ["daysSince", "daysUntil", "daysBetween", "asOf", "date", "field", "number", "ratio", "abs", "percent", "amount", "round"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Days from <paramref name="date"/> to the assessment date.</summary>
    public static int? DaysSince(DateOnly? date) => throw Unbound();

    /// <summary>Days from <paramref name="date"/> to <paramref name="asOf"/>, or <c>null</c> without a date.</summary>
    public static int? DaysSince(DateOnly? date, DateOnly asOf) => date is { } day ? asOf.DayNumber - day.DayNumber : null;

    /// <summary>Days from the assessment date to <paramref name="date"/>.</summary>
    public static int? DaysUntil(DateOnly? date) => throw Unbound();

    /// <summary>Days from <paramref name="asOf"/> to <paramref name="date"/>, or <c>null</c> without a date.</summary>
    public static int? DaysUntil(DateOnly? date, DateOnly asOf) => date is { } day ? day.DayNumber - asOf.DayNumber : null;

    /// <summary>Days from <paramref name="from"/> to <paramref name="to"/>, or <c>null</c> if either is missing.</summary>
    public static int? DaysBetween(DateOnly? from, DateOnly? to) => from is { } start && to is { } end ? end.DayNumber - start.DayNumber : null;

    /// <summary>The assessment date.</summary>
    public static DateOnly AsOf() => throw Unbound();

    /// <summary>A date literal, <c>yyyy-MM-dd</c>; read once when the expression is bound.</summary>
    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A custom column of the subject.</summary>
    public static string? Field(string name) => throw Unbound();

    /// <summary>A custom column of <paramref name="subject"/> (only projects have them), or <c>null</c>.</summary>
    public static string? Field(Fact subject, string name) =>
        subject is Project project && project.CustomFields.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// <paramref name="text"/> read as a number the way the canonical layout writes one (invariant culture, an optional
    /// sign and decimal point, surrounding spaces allowed, no currency, thousands separators or exponent), or <c>null</c>
    /// when it is missing or is not such a number. Custom fields are text; this is how a rule computes with one.
    /// </summary>
    public static decimal? Number(string? text) =>
        text is not null && decimal.TryParse(text, InvariantNumber, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The absolute value of <paramref name="value"/>, or <c>null</c> without one.</summary>
    public static decimal? Abs(decimal? value) => value is { } number ? Math.Abs(number) : null;

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, or <c>null</c> when either is missing or the denominator is zero.</summary>
    public static decimal? Ratio(decimal? numerator, decimal? denominator) =>
        numerator is { } n && denominator is { } d && d != 0 ? n / d : null;

    /// <summary>
    /// A fraction as a percentage as the report shows shares (<see cref="Shares.Format"/>): one decimal at most, rounded
    /// down, e.g. <c>0.834</c> as <c>83.4%</c> and <c>1.1</c> as <c>110%</c>. A whole percentage showed 5.3% over a limit
    /// of 5% as "5% (limit 5%)".
    /// </summary>
    public static string? Percent(decimal? fraction) => fraction is { } value ? Shares.Format(value) : null;

    /// <summary>
    /// A number as text for messages, its thousands grouped and at most two decimals: <c>159000000</c> as
    /// <c>159,000,000</c>, <c>-1234.567</c> as <c>-1,234.57</c>. A message hole shows a plain number ungrouped.
    /// </summary>
    public static string? Amount(decimal? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary><paramref name="value"/> rounded half away from zero to <paramref name="digits"/> decimals.</summary>
    public static decimal? Round(decimal? value, int digits) =>
        value is { } number ? Math.Round(number, Math.Clamp(digits, 0, 10), MidpointRounding.AwayFromZero) : null;

    private static InvalidOperationException Unbound() =>
        new("This function is bound to the assessment when the expression is compiled; it is never called as written.");
}
