using System.Diagnostics.Tracing;

namespace PmoAssess.Benchmarks;

/// <summary>Listens in this process to the runtime's events of the collector's keyword, at the level a subclass asks for.</summary>
internal abstract class CollectorEventListener : EventListener
{
    private const string RuntimeEvents = "Microsoft-Windows-DotNETRuntime";

    private const EventKeywords CollectorKeyword = (EventKeywords)0x1;

    /// <summary>The events' level. Read while the base class is being built, before a subclass's fields are set.</summary>
    protected abstract EventLevel Level { get; }

    /// <summary>The value of the event's field <paramref name="name"/>, or <c>null</c> when it has none.</summary>
    protected static object? Field(EventWrittenEventArgs eventData, string name)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return eventData.PayloadNames?.IndexOf(name) is >= 0 and var index ? eventData.Payload![index] : null;
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        ArgumentNullException.ThrowIfNull(eventSource);
        if (eventSource.Name == RuntimeEvents)
        {
            EnableEvents(eventSource, Level, CollectorKeyword);
        }
    }
}
