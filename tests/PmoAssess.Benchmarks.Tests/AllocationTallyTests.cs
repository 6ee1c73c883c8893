using System.Diagnostics;
using PmoAssess.Benchmarks;

namespace PmoAssess.Tests.Benchmarks;

/// <summary>With <c>PMOASSESS_ALLOCATIONS</c>, the startup hook ranks the types a run allocated from the runtime's ticks.</summary>
public sealed class AllocationTallyTests
{
    [Fact]
    public void Lines_AfterManyAllocationsOfOneType_RankThatTypeWithItsBytes()
    {
        using var tally = new AllocationTally();
        var kept = new List<Marker>();

        // The runtime names a nested type by its own name alone. It hands its events over on a thread of its own, a
        // little later: allocate until the type is ranked.
        var waited = Stopwatch.StartNew();
        while (!tally.Lines(5).Any(line => line.EndsWith("  " + nameof(Marker), StringComparison.Ordinal)) && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            kept.AddRange(Enumerable.Range(0, 100_000).Select(_ => new Marker()));
            Thread.Sleep(100);
        }

        tally.Lines(5).ShouldContain(line => line.EndsWith("  " + nameof(Marker), StringComparison.Ordinal));
        tally.Lines(5).ShouldAllBe(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^ *\d+ MB  \S"));
        GC.KeepAlive(kept);
    }

    private sealed class Marker
    {
        public long First { get; set; }

        public long Second { get; set; }
    }
}
