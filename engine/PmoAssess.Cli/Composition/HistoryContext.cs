using PmoAssess.History;
using PmoAssess.Policy;
using PmoAssess.Reporting.Model;

namespace PmoAssess.Cli.Composition;

/// <summary>
/// The history store a run is recorded in, with what the report compares the run to: the engagement's last run as of the
/// same date or earlier (the last recorded, among runs of one date) and the levels of its recent runs. The store is opened and checked, and the levels read, with the configuration, so
/// a damaged or foreign file stops the run before any rule runs. Which run is the last is settled then too, as the newest
/// of the recent runs: this run, recorded later, can never be taken for it, so its rows are written while that one is read.
/// Its findings are read once the rules have run: held through the assessment, they and the garbage of reading them were
/// there at its peak (a build that never read them peaked 45 to 130 MB lower at 100,000 projects).
/// </summary>
internal sealed class HistoryContext
{
    /// <summary>How many recent runs are read for the trend: enough that, under one methodology, it usually fills.</summary>
    public const int RecentRuns = 2 * Reporting.Model.HistoryComparison.TrendRuns;

    private readonly IReadOnlyList<RunLevels> _recent;
    private readonly Lazy<RunRecord?> _previous;
    private Lazy<string>? _currentFindingKeys;

    private HistoryContext(HistoryStore store, IReadOnlyList<RunLevels> recent)
    {
        (Store, _recent) = (store, recent);
        _previous = new(() => recent is [.., { Run.Id: { } last }] ? Readable(() => store.FindToCompare(last, CurrentFindingKeys)) : null);
    }

    public HistoryStore Store { get; }

    /// <summary>
    /// The <see cref="FindingKeys"/> of this run's findings, once <see cref="StartReadingPrevious"/> was given them; worked
    /// out on the thread that reads the last run, before it reads it.
    /// </summary>
    public string? CurrentFindingKeys => _currentFindingKeys?.Value;

    /// <summary>
    /// Starts reading the engagement's last run on another thread, so that it is read while the report is built: read by
    /// the run's own thread, it held one core for 0.5 s at 100,000 projects while the other stood idle. Its findings are
    /// not read when their keys are those of <paramref name="current"/>'s. Asking for <see cref="Previous"/> then waits
    /// for it, and throws what reading it threw.
    /// </summary>
    public void StartReadingPrevious(PolicyVerdict current)
    {
        _currentFindingKeys = new(() => FindingKeys.Sha256(current));
        _ = Task.Run(() =>
        {
            // The run's keys first, here even when there is no last run: the record asks for them on the run's own thread.
            _ = CurrentFindingKeys;
            _ = _previous.Value;
        });
    }

    /// <summary>
    /// The engagement's last run before this one (<see cref="HistoryStore.RecentLevels"/>), read the first time it is asked
    /// for; <c>null</c> when it has none, or when it was pruned since.
    /// </summary>
    /// <exception cref="InvalidInputException">The store could not be read.</exception>
    public RunRecord? Previous => _previous.Value;

    /// <summary>
    /// <paramref name="current"/> compared with the last run, with the trend of the recent runs. The messages of the last
    /// run's findings that went away are read from the store now.
    /// </summary>
    /// <exception cref="InvalidInputException">The store could not be read.</exception>
    public HistoryComparison Compare(RunRecord current) => Readable(() => HistoryComparer.Compare(Previous, current, _recent));

    /// <summary>
    /// What <paramref name="store"/> holds for <paramref name="engagement"/> up to an assessment as of
    /// <paramref name="asOf"/>: its recent levels read now, its last run when asked for.
    /// </summary>
    /// <exception cref="InvalidInputException">The store is damaged or unreadable.</exception>
    public static HistoryContext Read(HistoryStore store, string engagement, DateOnly asOf) =>
        new(store, Readable(() => store.RecentLevels(engagement, RecentRuns, asOf)));

    private static T Readable<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (HistoryStoreException exception)
        {
            throw new InvalidInputException("The history store is damaged or unreadable: " + exception.Message, exception);
        }
    }
}
