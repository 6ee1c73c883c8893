using PmoAssess.Facts;

namespace PmoAssess.Cli.Composition;

/// <summary>
/// The one point where a large run asks for collections: when the data is read (the young generations, then the whole
/// heap). Everywhere else the collector decides alone.
/// </summary>
/// <remarks>
/// There was a second, before writing, for runs recorded in history: the writers and the history's commit allocated
/// beside the outcomes that need attention, kept whole until written. Since those are made again when read, it only cost
/// time: measured in turn at 100,000 projects with history, 8.00, 8.21 and 8.24 s and 926 to 958 MiB without it, against
/// 8.42, 8.31 and 8.90 s and 905 to 970 MiB with it.
/// </remarks>
internal static class HeapCollection
{
    /// <summary>
    /// Past a million facts (about 70,000 projects), the whole heap is collected once the data is read, before the rules
    /// run. What reading left is the facts and the garbage of building them (each kind's list of children, the tables that
    /// attached them to their projects, the projects' records kept until then), promoted with the facts into the
    /// generation the collector keeps longest. Left alone, the collector collects it itself soon after, while the rules
    /// run, and compacts.
    /// </summary>
    private const int CollectAfterReadingAboveFacts = 1_000_000;

    /// <summary>
    /// Past two million facts (about 135,000 projects), that collection compacts and gives the memory back to the system;
    /// below, where a run takes seconds, it sweeps. A sweep leaves the reading's garbage where it lies, as free space among
    /// the facts for what comes later, about a quarter as much again as they hold (89 to 106 MB at 100,000 projects); a
    /// compaction moves every fact to close it, about 0.3 s more at 100,000 projects. That garbage grows with the data: at
    /// a million projects it would be about a gigabyte, more than a run of that size can spare within its 6 GB. Where
    /// between the two the bargain turns was not measured: two million facts keeps the sweep to runs near the size it was
    /// measured at. At 100,000 projects with history (and junit.xml written in step with findings.json), six runs each in
    /// turn: the sweep paused the run 0.13 to 0.16 s where compacting took 0.38 to 0.51 s, total pauses 0.31 to 0.74 s
    /// against 0.68 to 1.04 s, 6.19 to 6.50 s against 6.52 to 7.30 s, and a peak of 930 to 1,050 MiB against 942 to 1,076
    /// MiB; in some runs the collector compacted all the same, then or later (the benchmarks' journal, session 26). Weighed
    /// again in twelve pairs (session 27): the sweep 0.1 s faster on average, compacting about 100 MiB lower at the peak
    /// (925 to 979 MiB against 950 to 1,097 MiB), the room to take back should the memory target come closer. At a
    /// million projects compacting kept the peak at 6,652 to 6,696 MiB in 55.5 to 64.6 s (three runs; it pauses the run 5.3
    /// s), against 6,914 MiB in 62.7 s without it.
    /// </summary>
    private const int CompactAfterReadingAboveFacts = 2_000_000;

    /// <summary>Collects the heap once <paramref name="dataset"/> is read, when it is large (<see cref="CollectAfterReadingAboveFacts"/>).</summary>
    public static void AfterReading(PortfolioDataset dataset)
    {
        var facts = dataset.CountFacts();
        if (facts > CompactAfterReadingAboveFacts)
        {
            Compact();
        }
        else if (facts > CollectAfterReadingAboveFacts)
        {
            Sweep();
        }
    }

    // Aggressive: the collection also gives the freed memory back to the system, which a forced one did not.
    private static void Compact() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    // Forced, not compacting: the collector may still compact, when the garbage is too much of the heap. The young
    // generations first: a full collection moves each survivor up one generation, so the facts read last, still young when
    // it came, stayed in the middle one, and the collector went over the whole heap twice more to move them on, while
    // evaluating and while writing. At 100,000 projects with history, eight runs each in turn (session 28): 4 full
    // collections -> 2, pauses 1.32-1.59 -> 0.52-1.19 s, 9.83 -> 8.90 s on average, peak 903-970 -> 931-1,039 MiB (1,073
    // MiB at most in seventeen such runs; the benchmarks' journal).
    private static void Sweep()
    {
        GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: false);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
    }
}
