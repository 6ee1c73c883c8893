namespace PmoAssess.Assessment;

/// <summary>
/// The assessment date of the rule session running on this thread, for conditions compiled into NRules' network. The
/// network is compiled once and shared by assessments of any date, so a condition that compares with the date cannot
/// hold it as a constant; NRules evaluates a session's conditions on the thread that inserts its facts and fires, the
/// same property <see cref="ThirdPartyCode.RunInvariant(Action)"/> relies on for the culture.
/// </summary>
internal static class SessionDate
{
    [ThreadStatic]
    private static DateOnly? _current;

    /// <summary>The date; a condition that reads it outside <see cref="During"/> fails loudly instead of using another day.</summary>
    public static DateOnly Current =>
        _current ?? throw new InvalidOperationException("A rule condition read the assessment date outside an assessment session.");

    /// <summary>Runs <paramref name="work"/> with <paramref name="asOf"/> as this thread's assessment date.</summary>
    public static void During(DateOnly asOf, Action work)
    {
        var previous = _current;
        _current = asOf;
        try
        {
            work();
        }
        finally
        {
            _current = previous;
        }
    }
}
