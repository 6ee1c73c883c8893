using System.Globalization;
using PmoAssess.Plugins.DeliveryHealth.Rules;

namespace PmoAssess.Plugins.DeliveryHealth.EarnedValue;

/// <summary>
/// How the delivery health plugin writes its numbers, in the report's style: invariant culture, money as a whole number
/// with its thousands grouped (as the built-in rules' messages quote amounts, with <c>amount()</c>), indices to two
/// decimals, and "-" for a missing value.
/// </summary>
internal static class MeasureText
{
    /// <summary>What a measure shows when a value it needs is missing.</summary>
    public const string Missing = "-";

    /// <summary>A whole number, rounded half away from zero, its thousands grouped: "2,640,000", "-1,100,000", "400".</summary>
    public static string Money(decimal? amount) =>
        amount is { } value ? Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture) : Missing;

    /// <summary>An index to two decimals, never shown as the threshold when it is below it: "0.72", "1.00".</summary>
    public static string Index(decimal? index) =>
        index is { } value ? Displayed(value).ToString("0.00", CultureInfo.InvariantCulture) : Missing;

    public static string Days(int? days) => days is { } value ? value.ToString(CultureInfo.InvariantCulture) : Missing;

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Rounded half to even, except that an index just below the threshold (0.8999) must not read "0.90" while
    // DEL-001 says it is below 0.90: there, truncate. DEL-001 and DEL-002 write their messages with this too.
    private static decimal Displayed(decimal index) =>
        index < PerformanceIndexRule.Threshold && Math.Round(index, 2) >= PerformanceIndexRule.Threshold
            ? Math.Round(index, 2, MidpointRounding.ToZero)
            : Math.Round(index, 2);
}
