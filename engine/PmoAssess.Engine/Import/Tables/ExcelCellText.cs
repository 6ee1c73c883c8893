using System.Globalization;

namespace PmoAssess.Import.Tables;

/// <summary>
/// Turns the values a workbook stores into the text a table hands on: numbers in invariant form without an exponent,
/// dates as <c>yyyy-MM-dd</c> (with the time only when it is not midnight), booleans as <c>true</c>/<c>false</c>.
/// </summary>
internal static class ExcelCellText
{
    /// <summary>The last serial number Excel accepts as a date: 9999-12-31.</summary>
    private const double LastSerial = 2958465.99999;

    private static readonly DateTime Epoch1900 = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime Epoch1904 = new(1904, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>A stored number as text, or the stored text itself when it is not a number.</summary>
    /// <param name="stored">The cell's <c>&lt;v&gt;</c> text.</param>
    /// <param name="kind">What the cell's number format shows.</param>
    /// <param name="date1904">Whether the workbook counts dates from 1904 (old Mac workbooks).</param>
    public static string FromNumber(string stored, ExcelValueKind kind, bool date1904)
    {
        if (!double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return stored;
        }

        return kind == ExcelValueKind.Number ? Number(value) : DateOrTime(value, kind, date1904) ?? Number(value);
    }

    /// <summary>
    /// A number in invariant form with at most 15 significant digits, which is what Excel shows and what it writes
    /// when it saves a sheet as CSV: <c>2341.7</c> stays <c>2341.7</c>, and a formula's <c>0.1+0.2</c> reads
    /// <c>0.3</c>, not <c>0.30000000000000004</c>. Never in exponent form, which no amount is written in.
    /// </summary>
    public static string Number(double value)
    {
        var text = value.ToString("G15", CultureInfo.InvariantCulture);
        if (!text.Contains('E', StringComparison.Ordinal))
        {
            return text;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? exact.ToString(CultureInfo.InvariantCulture)
            : text;
    }

    /// <summary>A cell of type <c>b</c>: <c>1</c> is true.</summary>
    public static string FromBoolean(string stored) => stored.Trim() switch
    {
        "1" or "true" or "TRUE" => "true",
        "0" or "false" or "FALSE" => "false",
        var other => other,
    };

    /// <summary>A cell of type <c>d</c>, an ISO 8601 date and time as text.</summary>
    public static string FromIsoDate(string stored) =>
        DateTime.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value) ? Date(value) : stored;

    private static string? DateOrTime(double serial, ExcelValueKind kind, bool date1904)
    {
        if (serial < 0 || serial > LastSerial)
        {
            return null;
        }

        // Whole seconds: serials carry binary fractions of a day (0.5 is noon, 1/3 is 08:00 give or take a nanosecond).
        var seconds = (long)Math.Round(serial * 86400, MidpointRounding.AwayFromZero);
        if (kind == ExcelValueKind.Time)
        {
            var time = TimeSpan.FromSeconds(seconds % 86400);
            return time.ToString(time.Seconds == 0 ? @"hh\:mm" : @"hh\:mm\:ss", CultureInfo.InvariantCulture);
        }

        if (!date1904 && serial < 61)
        {
            // Excel's 1900 system counts a 29 February 1900 that never was (serial 60), copied from Lotus 1-2-3:
            // serials before it are one day off from the calendar; the phantom day itself is no date.
            return serial >= 60 && serial < 61 ? null : Date(Epoch1900.AddDays(1).AddSeconds(seconds));
        }

        return Date((date1904 ? Epoch1904 : Epoch1900).AddSeconds(seconds));
    }

    private static string Date(DateTime value) => value.ToString(
        value.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : value.Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss",
        CultureInfo.InvariantCulture);
}
