using System.Globalization;

namespace PmoAssess.Cli.Commands;

/// <summary>A count with its noun for the lines the commands print: "1 portfolio", "3 portfolios".</summary>
internal static class Counted
{
    public static string Of(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    /// <summary>"1 remains", "2 remain".</summary>
    public static string Remain(int count) => Of(count, "remains", "remain");
}
