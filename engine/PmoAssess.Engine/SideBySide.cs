using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace PmoAssess;

/// <summary>
/// Work on several items at once, one per core, that fails as doing them in turn would: every item is tried, and what
/// went wrong with the first item in order is what is thrown, unwrapped, whichever thread met its problem first.
/// </summary>
public static class SideBySide
{
    /// <summary>
    /// Runs <paramref name="work"/> for each index below <paramref name="count"/>; in turn when <paramref name="inParallel"/>
    /// is false. Items start in index order, each core taking the next as it becomes free, so a caller that puts its longest
    /// items first keeps every core busy to the end (Parallel.For hands each core a range of its own: a long item there
    /// kept the items behind it waiting while the other core stood idle). <paramref name="cancellationToken"/> stops
    /// items from starting: the call then throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static void For(int count, Action<int> work, bool inParallel = true, CancellationToken cancellationToken = default) =>
        Run(Enumerable.Range(0, count), count, work, inParallel, cancellationToken);

    /// <summary>
    /// As <see cref="For"/> over the indexes of <paramref name="sizes"/>, the largest item started first (equal ones in index
    /// order), for a caller whose items' order means something else; what is thrown is still the first item's problem.
    /// </summary>
    public static void LargestFirst(IReadOnlyList<long> sizes, Action<int> work, bool inParallel = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        Run(Enumerable.Range(0, sizes.Count).OrderByDescending(index => sizes[index]), sizes.Count, work, inParallel, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> for each index below <paramref name="count"/>, every item at once on a thread of its own,
    /// and fails as <see cref="For"/> does. For a few long items that should advance together, as readers sharing what they
    /// read do: the cores are shared among them all, where <see cref="For"/> starts an item only once a core is free.
    /// </summary>
    public static void AllAtOnce(int count, Action<int> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var problems = new Exception?[count];
        var threads = Enumerable.Range(0, count).Select(index => new Thread(() => Try(work, index, problems))).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        ThrowFirst(problems);
    }

    private static void Run(IEnumerable<int> startOrder, int count, Action<int> work, bool inParallel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var problems = new Exception?[count];
        var inOrder = Partitioner.Create(startOrder, EnumerablePartitionerOptions.NoBuffering);
        var options = new ParallelOptions { MaxDegreeOfParallelism = inParallel ? Environment.ProcessorCount : 1, CancellationToken = cancellationToken };
        Parallel.ForEach(inOrder, options, index => Try(work, index, problems));
        ThrowFirst(problems);
    }

    private static void Try(Action<int> work, int index, Exception?[] problems)
    {
        try
        {
            work(index);
        }
        catch (Exception exception)
        {
            problems[index] = exception;
        }
    }

    private static void ThrowFirst(Exception?[] problems)
    {
        if (problems.FirstOrDefault(problem => problem is not null) is { } first)
        {
            ExceptionDispatchInfo.Throw(first);
        }
    }
}
