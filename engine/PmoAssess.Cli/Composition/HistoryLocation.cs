namespace PmoAssess.Cli.Composition;

/// <summary>Where a history store is when no <c>--history</c> names one: <c>.pmoassess/history.db</c> in the assessed folder.</summary>
internal static class HistoryLocation
{
    /// <summary>The store's path inside <paramref name="folder"/>.</summary>
    public static string In(string folder) => Path.Combine(folder, ".pmoassess", "history.db");

    /// <summary>
    /// The default store of an assessment of <paramref name="input"/>: in the input folder, or for a file, in its folder;
    /// <c>null</c> when the input does not exist (the run fails on it, and should leave nothing behind).
    /// </summary>
    public static string? ForInput(string input) =>
        Directory.Exists(input) ? In(input)
        : File.Exists(input) ? In(Path.GetDirectoryName(input) is { Length: > 0 } folder ? folder : ".")
        : null;
}
