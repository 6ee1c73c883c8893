using PmoAssess.Facts;
using PmoAssess.Reporting.Model;

namespace PmoAssess.Cli.Composition;

/// <summary>
/// The two points where a large run gives memory back to the system, with one compacting collection each: when the data
/// is read, and before the writers start. Everywhere else the collector decides alone.
/// </summary>
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

    /// <summary>
    /// Past a million outcomes, gives the memory the evaluation left behind back to the system before the writers start:
    /// what is live then (the facts, the outcomes and the report) is what the writers need, and the rest is garbage. Left
    /// to the collector, that garbage was still held, and the heap still sized for evaluating, while the writers and the
    /// history's commit allocated beside each other, so the run's peak fell wherever their timing put it. Measured in turn
    /// at 100,000 projects (8.9 million outcomes) with history: peak 1,245 to 1,413 MB without the collection and 1,139 to
    /// 1,153 MB with it, for 0.4 to 0.9 s more (three pairs). A forced collection that does not also give the memory back
    /// kept 1,166 to 1,289 MB. Smaller runs are left alone: their heap is small, and collecting would only cost them time.
    /// </summary>
    private const int CompactBeforeWritingAboveOutcomes = 1_000_000;

    /// <summary>
    /// Nor past twenty million outcomes (about 200,000 projects). The collection takes time in proportion to what is live
    /// (1.2 s at 100,000 projects, traced), while what the writers add stays about the same. At a million projects (89
    /// million outcomes, 8 GB live) it held both cores for 10 to 13 s of a 91 s run, and the peak (8,822 MB) came before
    /// it; without it the run took 78.6 s and the writers took the heap from 9,257 to 9,346 MB (one run each, sampled
    /// every half second).
    /// </summary>
    private const int CompactUpToOutcomes = 20_000_000;

    /// <summary>Compacts the heap once <paramref name="dataset"/> is read, when it is large (<see cref="CompactAfterReadingAboveFacts"/>).</summary>
    public static void AfterReading(PortfolioDataset dataset)
    {
        if (dataset.CountFacts() > CompactAfterReadingAboveFacts)
        {
            Compact();
        }
    }

    /// <summary>
    /// Compacts the heap before the writers start, when the run has many outcomes (<see cref="CompactBeforeWritingAboveOutcomes"/>)
    /// and is recorded in history, whose commit and comparison allocate beside the writers. Without history, since facts
    /// read from CSV keep no row object of their own, the writers alone stay within the evaluation's heap: measured in turn
    /// at 100,000 projects without history, all five formats, no collection 6.96 to 7.65 s and 974 to 1,044 MiB peak (ten
    /// runs), the collection 7.55 to 8.05 s and 898 to 938 MiB (four runs); with history, no collection still peaked at
    /// 1,098 to 1,237 MiB (three runs) against 976 to 995 MiB with it.
    /// </summary>
    public static void BeforeWriting(AssessmentReport report, bool recordingHistory)
    {
        if (recordingHistory && report.Outcomes.Count is > CompactBeforeWritingAboveOutcomes and <= CompactUpToOutcomes)
        {
            Compact();
        }
    }

    // Aggressive: the collection also gives the freed memory back to the system, which a forced one did not.
    private static void Compact() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
