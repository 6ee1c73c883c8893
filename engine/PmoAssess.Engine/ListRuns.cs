namespace PmoAssess;

/// <summary>
/// Some of a list's items, in its order, held as runs of their places in it, then any items added of their own. An
/// assessment's findings and outcomes needing attention are made when read (millions of them in a large one): a part of
/// them held this way, a category's or those a policy still counts, is a few numbers instead of a copy of each.
/// </summary>
/// <typeparam name="T">The items.</typeparam>
/// <param name="source">The list whose places are added.</param>
public sealed class ListRuns<T>(IReadOnlyList<T> source) : IReadOnlyList<T>
{
    private readonly List<(int Start, int Length)> _runs = [];

    // Where each run begins in this list, ascending: an item is found by a binary search among the runs, not a walk. A
    // policy's counted findings are the findings less those waived or in the baseline, as many runs as there are gaps.
    private readonly List<int> _firsts = [];
    private readonly List<T> _own = [];
    private int _inSource;

    /// <inheritdoc />
    public int Count => _inSource + _own.Count;

    /// <inheritdoc />
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            if (index >= _inSource)
            {
                return _own[index - _inSource];
            }

            // Runs are never empty, so no two begin at the same index.
            var run = _firsts.BinarySearch(index);
            run = run >= 0 ? run : ~run - 1;
            return source[_runs[run].Start + (index - _firsts[run])];
        }
    }

    /// <summary>Adds the item at <paramref name="place"/> in the source, after every one of the source added before.</summary>
    public void AddPlace(int place) => AddRange(place, 1);

    /// <summary>Adds an item of its own, after every item of the source.</summary>
    public void Add(T item) => _own.Add(item);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        foreach (var (start, length) in _runs)
        {
            for (var place = start; place < start + length; place++)
            {
                yield return source[place];
            }
        }

        foreach (var item in _own)
        {
            yield return item;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Adds the <paramref name="length"/> items from <paramref name="place"/> in the source, after every one added before.</summary>
    public void AddRange(int place, int length)
    {
        if (length <= 0)
        {
            return;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(place);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(place + length, source.Count);
        if (_runs.Count > 0 && _runs[^1].Start + _runs[^1].Length == place)
        {
            _runs[^1] = _runs[^1] with { Length = _runs[^1].Length + length };
        }
        else
        {
            _runs.Add((place, length));
            _firsts.Add(_inSource);
        }

        _inSource += length;
    }
}

/// <summary>Makes <see cref="ListRuns{T}"/>.</summary>
public static class ListRuns
{
    /// <summary>The items of <paramref name="source"/> but those at <paramref name="excluded"/>, which are in ascending order.</summary>
    public static ListRuns<T> AllBut<T>(IReadOnlyList<T> source, IReadOnlyList<int> excluded)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(excluded);
        var runs = new ListRuns<T>(source);
        var start = 0;
        foreach (var place in excluded.Append(source.Count))
        {
            runs.AddRange(start, place - start);
            start = place + 1;
        }

        return runs;
    }
}
