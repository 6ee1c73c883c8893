namespace PmoAssess.Import;

/// <summary>
/// Where each row of one CSV file keeps its values: a slice of an array shared by the rows around it. An array of its own
/// for each row was an object (and 24 bytes) more for each of the million records a large portfolio holds, every one of
/// which lives as long as the run, and so is copied and marked by every collection the heap grows through.
/// </summary>
internal sealed class CsvRowValues(int columns)
{
    // 4,096 references (32 KB): below the large object heap, whose arrays the collector would only look at with the whole heap.
    private const int SharedSlots = 4096;

    private string[] _shared = [];
    private int _used;

    /// <summary>Room for the next row's values, one per column.</summary>
    public ArraySegment<string> Next()
    {
        if (_shared.Length - _used < columns)
        {
            _shared = new string[Math.Max(1, SharedSlots / columns) * columns];
            _used = 0;
        }

        var values = new ArraySegment<string>(_shared, _used, columns);
        _used += columns;
        return values;
    }
}
