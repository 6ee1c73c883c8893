using PmoAssess.History;

namespace PmoAssess.Cli.Composition;

/// <summary>
/// The history store a run is recorded in, with what the report compares the run to: the engagement's last recorded run
/// and the levels of its recent runs. Read with the configuration, so damage in them stops the run before any rule runs.
/// </summary>
internal sealed record HistoryContext(HistoryStore Store, RunRecord? Previous, IReadOnlyList<RunLevels> Recent)
{
    /// <summary>How many recent runs are read for the trend: enough that, under one methodology, it usually fills.</summary>
    public const int RecentRuns = 2 * Reporting.Model.HistoryComparison.TrendRuns;
}
