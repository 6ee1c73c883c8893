using PmoAssess.Outcomes;

namespace PmoAssess.Assessment;

/// <summary>
/// The outcomes of a list that several readers read side by side, each outcome made (and its rule asked again for its
/// message and evidence) by whichever reader comes to it first, and let go once every reader has read it. findings.json
/// and junit.xml each read every outcome that needs attention, rule by rule and in nearly the same order.
/// </summary>
/// <remarks>
/// An outcome waits from the first reader's read to the last one's, so readers far apart would hold many: past
/// <c>budget</c> outcomes waiting (<see cref="Budget"/> for the writers), the first reader keeps what it makes to itself and
/// the others make their own. A reader beyond those expected, or one that reads an outcome twice, gets a correct outcome
/// all the same and leaves nothing waiting: findings.json reads the failures once more to find their severities when a
/// policy sets them.
/// </remarks>
internal sealed class SharedOutcomes(int[] runLengths, int readers, int budget) : IDisposable
{
    /// <summary>
    /// The most outcomes left waiting for the other readers. findings.json and junit.xml read the outcomes in one order
    /// when each category's rules come together in id order, as the built-in ones do; a ruleset whose categories' rules
    /// interleave keeps some waiting. When junit.xml's suites were sorted by name, about 230,000 waited at 100,000
    /// projects while the two read the data-quality and delivery rules in turn.
    /// </summary>
    public const int Budget = 1 << 18;

    // Each run's outcomes while being shared; made when first read, let go when every reader has read all of them.
    private readonly Run?[] _runs = new Run?[runLengths.Length];
    private int _waiting;

    // A run no longer shared: every reader has read all of it, or the sharing has ended.
    private static readonly Run Done = new(0);

    /// <summary>How many outcomes are waiting for a reader now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>The outcome at <paramref name="index"/> of run <paramref name="run"/>: the one another reader made, or <paramref name="make"/>'s.</summary>
    public RuleOutcome Read<TState>(int run, int index, TState state, Func<TState, RuleOutcome> make)
    {
        var shared = RunOf(run);
        if (shared is null)
        {
            return make(state);
        }

        var outcome = Volatile.Read(ref shared.Made[index]);
        if (outcome is null)
        {
            var mine = make(state);
            if (Volatile.Read(ref _waiting) >= budget)
            {
                outcome = mine;
            }
            else if (Interlocked.CompareExchange(ref shared.Made[index], mine, null) is { } theirs)
            {
                // Another reader made it at the same time: theirs is the one the others read.
                outcome = theirs;
            }
            else
            {
                Interlocked.Increment(ref _waiting);
                outcome = mine;
            }
        }

        // Once every reader has read it, it is let go, and the run once all of its outcomes are. A reader beyond those
        // expected lets go of what it made at once: kept, it would count against the budget to the end.
        var reads = Interlocked.Increment(ref shared.Reads[index]);
        if (reads >= readers && Interlocked.Exchange(ref shared.Made[index], null) is not null)
        {
            Interlocked.Decrement(ref _waiting);
        }

        if (reads == readers && Interlocked.Decrement(ref shared.Unread) == 0)
        {
            End(run, shared);
        }

        return outcome;
    }

    private Run? RunOf(int run)
    {
        var shared = Volatile.Read(ref _runs[run]);
        if (shared is null)
        {
            // Two readers coming to a run at once each make one; the first to put it in its place is the one both use.
            var fresh = new Run(runLengths[run]);
            shared = Interlocked.CompareExchange(ref _runs[run], fresh, null) ?? fresh;
        }

        return ReferenceEquals(shared, Done) ? null : shared;
    }

    // Unless the sharing ended meanwhile.
    private void End(int run, Run shared) => Interlocked.CompareExchange(ref _runs[run], Done, shared);

    /// <summary>Lets go of every outcome still waiting; reads from now on make their own.</summary>
    public void Dispose()
    {
        for (var run = 0; run < _runs.Length; run++)
        {
            Volatile.Write(ref _runs[run], Done);
        }
    }

    private sealed class Run(int length)
    {
        public readonly RuleOutcome?[] Made = new RuleOutcome?[length];
        public readonly int[] Reads = new int[length];
        public int Unread = length;
    }
}
