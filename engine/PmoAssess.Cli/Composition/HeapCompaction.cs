using PmoAssess.Facts;

namespace PmoAssess.Cli.Composition;

/// <summary>
/// The one point where a large run gives memory back to the system, with one compacting collection: when the data is
/// read. Everywhere else the collector decides alone.
/// </summary>
/// <remarks>
/// There was a second, before writing, for runs recorded in history: the writers and the history's commit allocated
/// beside the outcomes that need attention, kept whole until written. Since those are made again when read, it only cost
/// time: measured in turn at 100,000 projects with history, 8.00, 8.21 and 8.24 s and 926 to 958 MiB without it, against
/// 8.42, 8.31 and 8.90 s and 905 to 970 MiB with it.
/// A forced collection that sweeps instead of compacting (<see cref="GCCollectionMode.Forced"/>, <c>compacting: false</c>)
/// paused 0.13 to 0.16 s instead of 0.4 s at 100,000 projects, but left the reading's garbage (about 100 MB) as free space
/// among the facts: the collector compacted anyway, then or later, in half the runs, and the peak rose by up to 150 MB
/// (the benchmarks' README, session 26).
/// </remarks>
internal static class HeapCompaction
{
    /// <summary>
    /// Past a million facts (about 70,000 projects), compacts the heap once the data is read, before the rules run. What
    /// reading left is the facts and the garbage of building them (each kind's list of children, the tables that attached
    /// them to their projects, the projects' records kept until then), promoted with the facts into the generation the
    /// collector keeps longest; there it sweeps that garbage without compacting, keeps the memory, and the evaluation's
    /// outcomes come on top. Measured at a million projects without history (resident set sampled every half second): peak
    /// 6,652 to 6,696 MiB in 55.5 to 64.6 s with the collection (three runs; it pauses the run 5.3 s), 6,914 MiB in 62.7 s
    /// without it (7,782 and 7,856 MiB before reading stopped leaving an object behind for each record); at 100,000
    /// projects, eight runs each in turn, 6.88 to 7.90 s and 910 to 977 MiB with it, 6.75 to 7.99 s and 915 to 1,029 MiB
    /// without.
    /// </summary>
    private const int CompactAfterReadingAboveFacts = 1_000_000;

    /// <summary>Compacts the heap once <paramref name="dataset"/> is read, when it is large (<see cref="CompactAfterReadingAboveFacts"/>).</summary>
    public static void AfterReading(PortfolioDataset dataset)
    {
        if (dataset.CountFacts() > CompactAfterReadingAboveFacts)
        {
            Compact();
        }
    }

    // Aggressive: the collection also gives the freed memory back to the system, which a forced one did not.
    private static void Compact() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
