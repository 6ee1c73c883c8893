using System.Diagnostics.Tracing;
using System.Globalization;

namespace PmoAssess.Benchmarks;

/// <summary>
/// What the garbage collector did in this process: its collections of each generation, how many of the full ones
/// compacted the heap, how long it paused the program and how much was allocated. Whether a full collection compacts is
/// the collector's call, and at 100,000 projects one that compacts pauses about half a second longer than one that sweeps
/// (the benchmarks' journal, session 29): counting them tells a slow run of the same build from slower code.
/// </summary>
internal sealed class CollectorStatistics : CollectorEventListener
{
    // GCGlobalHeapHistory's GlobalMechanisms: bit 1 is set when the collection compacted.
    private const long Compacted = 0x2;

    private int _compactingFullCollections;

    /// <summary>
    /// How many full collections compacted so far. The runtime hands its events to listeners on a thread of its own, a
    /// little after each collection.
    /// </summary>
    public int CompactingFullCollections => Volatile.Read(ref _compactingFullCollections);

    /// <summary>One line, for a script to read: <c>gc gen0=10 gen1=3 gen2=2 compacting=1 pause=0.613s allocated=2835MB</c>.</summary>
    public string Line() => string.Create(
        CultureInfo.InvariantCulture,
        $"gc gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)} compacting={CompactingFullCollections} pause={GC.GetTotalPauseDuration().TotalSeconds:0.000}s allocated={GC.GetTotalAllocatedBytes() / (1024 * 1024)}MB");

    protected override EventLevel Level => EventLevel.Informational;

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.EventName?.StartsWith("GCGlobalHeapHistory", StringComparison.Ordinal) == true
            && Number(eventData, "CondemnedGeneration") == 2
            && (Number(eventData, "GlobalMechanisms") & Compacted) != 0)
        {
            Interlocked.Increment(ref _compactingFullCollections);
        }
    }

    private static long Number(EventWrittenEventArgs eventData, string name) =>
        Field(eventData, name) is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : -1;
}
