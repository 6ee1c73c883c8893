using System.Globalization;

namespace PmoAssess;

/// <summary>A count with its noun, in the singular for one: "1 portfolio", "3 portfolios". For every text the tool writes.</summary>
public static class Counted
{
    public static string Of(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
