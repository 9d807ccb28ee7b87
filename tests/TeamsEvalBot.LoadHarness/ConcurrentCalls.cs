using System.Diagnostics;

namespace TeamsEvalBot.LoadHarness;

/// <summary>Runs work items with a fixed number in flight, timing each one.</summary>
public static class ConcurrentCalls
{
    /// <returns>The wall-clock time from the first start to the last finish.</returns>
    public static async Task<TimeSpan> RunAsync<T>(IReadOnlyList<T> items, int inFlight, Func<T, Task> call, Latencies latencies)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(latencies);
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Math.Min(inFlight, items.Count)).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < items.Count)
            {
                var one = Stopwatch.StartNew();
                await call(items[index]);
                latencies.Add(one.Elapsed);
            }
        }));
        return wall.Elapsed;
    }
}
