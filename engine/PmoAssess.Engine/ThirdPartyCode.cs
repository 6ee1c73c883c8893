using System.Globalization;

namespace PmoAssess;

/// <summary>Runs code written by third parties (plugin rules, report sections) so its output cannot depend on the machine.</summary>
public static class ThirdPartyCode
{
    /// <summary>
    /// Runs <paramref name="action"/> under the invariant culture: third-party code may parse or interpolate numbers
    /// and dates, which uses the current culture; this keeps outcomes and reports identical everywhere.
    /// </summary>
    public static void RunInvariant(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        RunInvariant(() =>
        {
            action();
            return 0;
        });
    }

    /// <summary>Runs <paramref name="function"/> under the invariant culture and returns its result.</summary>
    public static T RunInvariant<T>(Func<T> function)
    {
        ArgumentNullException.ThrowIfNull(function);
#pragma warning disable RS0030 // The one place that sets the culture rather than reading it.
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (CultureInfo.InvariantCulture, CultureInfo.InvariantCulture);
        try
        {
            return function();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
#pragma warning restore RS0030
    }
}
