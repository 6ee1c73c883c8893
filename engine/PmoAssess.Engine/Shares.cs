using System.Globalization;

namespace PmoAssess;

/// <summary>Shares (0 to 1) as reports and messages show them.</summary>
public static class Shares
{
    /// <summary>
    /// A share as a percentage with one decimal, rounded down, so that 89.96% is never shown as the 90% it falls
    /// short of: <c>0.8333</c> is <c>83.3%</c>, <c>0.9</c> is <c>90%</c>.
    /// </summary>
    public static string Format(decimal share) => Percentage(share).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// A share as a table's column shows it: always one decimal (<c>90.0%</c>, <c>83.3%</c>), rounded down as
    /// <see cref="Format"/> rounds it, so that a table and a sentence of one report never show one share two ways.
    /// </summary>
    public static string Column(decimal share) => Percentage(share).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static decimal Percentage(decimal share) => Math.Round(share * 100, 1, MidpointRounding.ToZero);
}
