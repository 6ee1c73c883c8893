using System.Text;

namespace PmoAssess.Import;

/// <summary>
/// One string per distinct cell text of a column, for one CSV file read on one thread. Dates, stages, names and
/// project ids repeat from row to row: the facts keep one string each instead of one per cell.
/// </summary>
/// <remarks>
/// Keyed by the cell's bytes as the CSV reader decoded them (quotes removed), so a string is made by the reader itself
/// the first time its text is seen and is the same string the reader would have made every other time. Not thread-safe:
/// CsvHelper's own pool takes a lock for every cell, which cost an eighth of the import's processor time.
/// </remarks>
internal sealed class CsvCellStrings
{
    /// <summary>Cells seen in a column before deciding whether its values repeat enough to pool.</summary>
    private const int TrialCells = 4096;

    /// <summary>Cells seen in a column that repeats a little before deciding again.</summary>
    private const int LongTrialCells = 8 * TrialCells;

    /// <summary>The most distinct values kept per column: bounds the memory of a column that repeats a little.</summary>
    private const int MaxDistinct = 1 << 16;

    /// <summary>Longer cells are not pooled: free text rarely repeats, and hashing it costs what making it does.</summary>
    private const int MaxPooledBytes = 128;

    private readonly Column[] _columns;

    public CsvCellStrings(int columns)
    {
        _columns = new Column[columns];
        for (var index = 0; index < columns; index++)
        {
            _columns[index] = new Column();
        }
    }

    /// <summary>The text of a cell: <paramref name="utf8"/> is its decoded bytes, <paramref name="make"/> makes its string.</summary>
    public string Get<TState>(int column, ReadOnlySpan<byte> utf8, TState state, Func<TState, int, string> make)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        var pool = _columns[column];
        if (++pool.Cells is TrialCells or LongTrialCells && !pool.Decided)
        {
            Decide(pool);
        }

        if (pool.Sharing == Sharing.None || utf8.Length > MaxPooledBytes)
        {
            return make(state, column);
        }

        // A file sorted by project repeats the cell above it: compared without hashing, and found even once the column
        // has more distinct values than are kept (a project's id in its children's files). Ascii.Equals is false for any
        // other byte, which then takes the lookup.
        if (Ascii.Equals(utf8, pool.Last))
        {
            pool.RunHits++;
            return pool.Last;
        }

        if (pool.Sharing == Sharing.Pooled)
        {
            if (pool.Lookup.TryGetValue(utf8, out var known))
            {
                pool.LookupHits++;
                return pool.Last = known;
            }

            if (pool.Strings.Count < MaxDistinct)
            {
                pool.Strings.Add(utf8.ToArray(), pool.Last = make(state, column));
                return pool.Last;
            }
        }

        return pool.Last = make(state, column);
    }

    // Ids and amounts hardly ever repeat: such a column stops paying for lookups once that is clear (decided on the cells
    // before the trial's last). A column whose repeats are runs (a child's project) keeps only the comparison with the
    // cell above: its lookups would all miss. A column that repeats a little at first (dates of a few thousand days) is
    // tried longer: by then most of its values have been seen, and pooling them saves a string for nearly every cell.
    private static void Decide(Column pool)
    {
        var lookups = pool.Cells - pool.RunHits;
        pool.Decided = true;
        if (pool.LookupHits * 2 >= lookups)
        {
            return;
        }

        if (pool.Cells == TrialCells && pool.LookupHits * 16 >= lookups && pool.RunHits * 2 < pool.Cells)
        {
            pool.Decided = false;
            return;
        }

        pool.Sharing = pool.RunHits * 2 >= pool.Cells ? Sharing.Runs : Sharing.None;
        pool.Strings.Clear();
    }

    private enum Sharing
    {
        /// <summary>Each cell gets a string of its own.</summary>
        None,

        /// <summary>A cell equal to the one above it shares its string.</summary>
        Runs,

        /// <summary>Every text seen (up to <see cref="MaxDistinct"/>) has one string.</summary>
        Pooled,
    }

    private sealed class Column
    {
        public Column() => Lookup = Strings.GetAlternateLookup<ReadOnlySpan<byte>>();

        public Dictionary<byte[], string> Strings { get; } = new(BytesComparer.Instance);

        public Dictionary<byte[], string>.AlternateLookup<ReadOnlySpan<byte>> Lookup { get; }

        public Sharing Sharing { get; set; } = Sharing.Pooled;

        /// <summary>Whether the trial is over.</summary>
        public bool Decided { get; set; }

        /// <summary>The text of the column's cell in the row before.</summary>
        public string Last { get; set; } = string.Empty;

        public int Cells { get; set; }

        /// <summary>Cells equal to the one above them.</summary>
        public int RunHits { get; set; }

        /// <summary>Cells found by lookup.</summary>
        public int LookupHits { get; set; }
    }
}
