using System.Diagnostics;
using System.Globalization;
using PmoAssess.Benchmarks;

namespace PmoAssess.Tests.Benchmarks;

/// <summary>
/// run-in-turn.sh tells a run whose full collection compacted from one whose collection swept by the line the startup
/// hook writes: a compacting collection has to be counted, and the line has to read the same in any culture.
/// </summary>
public sealed class CollectorStatisticsTests
{
    [Fact]
    public void CompactingFullCollections_AfterACompactingFullCollection_CountsIt()
    {
        using var statistics = new CollectorStatistics();
        var before = statistics.CompactingFullCollections;

        // The runtime hands its events over on a thread of its own, a little later: collect again until one is counted.
        var waited = Stopwatch.StartNew();
        while (statistics.CompactingFullCollections == before && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            Thread.Sleep(200);
        }

        statistics.CompactingFullCollections.ShouldBeGreaterThan(before);
    }

    [Fact]
    public void Line_InACultureWithADecimalComma_ReadsTheSame()
    {
        using var statistics = new CollectorStatistics();
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            statistics.Line().ShouldMatch(@"^gc gen0=\d+ gen1=\d+ gen2=\d+ compacting=\d+ pause=\d+\.\d{3}s allocated=\d+MB$");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
