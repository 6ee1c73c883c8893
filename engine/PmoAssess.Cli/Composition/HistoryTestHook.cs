using System.Diagnostics;
using System.Globalization;

namespace PmoAssess.Cli.Composition;

/// <summary>
/// The hidden pause inside the history store's write transaction (<see cref="CliEnvironment.HistoryPauseFile"/>). Killing
/// a real process at a random moment would rarely land inside a transaction that lasts milliseconds; pausing there, and
/// saying so through a file, lets a test kill the writer, or hold its lock, at exactly that point, every time.
/// </summary>
internal static class HistoryTestHook
{
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(2);

    /// <summary>The pause, or <c>null</c> when no pause file is set (always, outside tests).</summary>
    public static Action? Pause(string? file) => file is null ? null : () =>
    {
        File.WriteAllText(file, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var waited = Stopwatch.StartNew();
        while (File.Exists(file) && waited.Elapsed < Longest)
        {
            Thread.Sleep(20);
        }
    };
}
