using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;

namespace RelationsData.GeneratorSteps;

/// <summary>What this process allocates by type while the sampler lives, from the runtime's allocation ticks.</summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GarbageCollection = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, long> bytesByType = new(StringComparer.Ordinal);

    /// <summary>Gets the types allocated most, with the bytes their ticks stand for.</summary>
    /// <param name="count">How many types.</param>
    /// <returns>The types, the most allocated first.</returns>
    public IEnumerable<(string Type, long Bytes)> Largest(int count) =>
        bytesByType.OrderByDescending(pair => pair.Value).Take(count).Select(pair => (pair.Key, pair.Value)).ToList();

    /// <inheritdoc/>
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GarbageCollection);
        }
    }

    /// <inheritdoc/>
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.PayloadNames is not { } names || eventData.Payload is not { } payload)
        {
            return;
        }

        var type = payload[names.IndexOf("TypeName")] as string ?? "?";
        var bytes = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        bytesByType.AddOrUpdate(type, bytes, (_, total) => total + bytes);
    }
}
