using System.Diagnostics.Tracing;
using System.Globalization;

namespace PmoAssess.Benchmarks;

/// <summary>
/// What this process allocated, by type, from the runtime's allocation ticks: one event about every 100 KB allocated,
/// naming the type of the object that crossed the mark and the bytes since the last one. A sample, not an account, but
/// over gigabytes it ranks the types that fill the heap without a tracing tool. The runtime names a type with its
/// namespace, but a nested type by its own name alone (<c>SlotVerdict</c>).
/// </summary>
internal sealed class AllocationTally : EventListener
{
    private const string RuntimeEvents = "Microsoft-Windows-DotNETRuntime";

    private const EventKeywords CollectorKeyword = (EventKeywords)0x1;

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

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        ArgumentNullException.ThrowIfNull(eventSource);
        if (eventSource.Name == RuntimeEvents)
        {
            // The ticks are verbose events of the collector's keyword.
            EnableEvents(eventSource, EventLevel.Verbose, CollectorKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.PayloadNames is not { } names)
        {
            return;
        }

        var type = names.IndexOf("TypeName") is >= 0 and var typeAt ? eventData.Payload![typeAt] as string ?? "?" : "?";
        var amountAt = names.IndexOf("AllocationAmount64") is >= 0 and var at64 ? at64 : names.IndexOf("AllocationAmount");
        var bytes = amountAt >= 0 ? Convert.ToInt64(eventData.Payload![amountAt], CultureInfo.InvariantCulture) : 0;
        lock (_bytesByType)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + bytes;
        }
    }
}
