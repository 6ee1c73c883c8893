using System.Diagnostics.Tracing;
using System.Globalization;

namespace PmoAssess.Benchmarks;

/// <summary>
/// What this process allocated, by type, from the runtime's allocation ticks: one event about every 100 KB allocated,
/// naming the type of the object that crossed the mark and the bytes since the last one. A sample, not an account, but
/// over gigabytes it ranks the types that fill the heap without a tracing tool. The runtime names a type with its
/// namespace, but a nested type by its own name alone (<c>SlotVerdict</c>).
/// </summary>
internal sealed class AllocationTally : CollectorEventListener
{
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);

    /// <summary>The <paramref name="top"/> types by bytes, one line each: <c>  412 MB  System.String</c>.</summary>
    public IEnumerable<string> Lines(int top)
    {
        lock (_bytesByType)
        {
            return _bytesByType.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(top)
                .Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Value / (1024 * 1024),6} MB  {pair.Key}"))
                .ToList();
        }
    }

    // The ticks are verbose events of the collector's keyword.
    protected override EventLevel Level => EventLevel.Verbose;

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true)
        {
            return;
        }

        var type = Field(eventData, "TypeName") as string ?? "?";
        var amount = Field(eventData, "AllocationAmount64") ?? Field(eventData, "AllocationAmount");
        var bytes = amount is null ? 0 : Convert.ToInt64(amount, CultureInfo.InvariantCulture);
        lock (_bytesByType)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + bytes;
        }
    }
}
