namespace TeamsEvalBot.Protocol.Connector;

/// <summary>
/// Keeps what the bot sends to one thread inside Teams' per-bot, per-thread limits
/// (7 per second, 8 per 2 s, 60 per 30 s, 1,800 per hour) by waiting for the next free slot.
/// </summary>
public sealed class ThreadRateLimiter(TimeProvider timeProvider)
{
    public static IReadOnlyList<(TimeSpan Window, int Limit)> TeamsLimits { get; } =
    [
        (TimeSpan.FromSeconds(1), 7),
        (TimeSpan.FromSeconds(2), 8),
        (TimeSpan.FromSeconds(30), 60),
        (TimeSpan.FromHours(1), 1800),
    ];

    private static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    // Teams counts arrivals, not departures: network and scheduling jitter can bunch sends up on
    // the way, so each window is kept this much longer than the rule.
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(250);

    private readonly Dictionary<string, List<DateTimeOffset>> sendsByThread = new(StringComparer.Ordinal);

    /// <summary>
    /// Waits until a send breaks no limit, then records it at the time it really goes. A waiter
    /// that wakes late looks again rather than trusting the slot it was given, so a busy machine
    /// cannot bunch sends together.
    /// </summary>
    public async Task WaitForSlotAsync(string threadId, CancellationToken cancellationToken)
    {
        while (TryTake(threadId) is { } wait)
        {
            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    /// <summary>Records a send now and returns null, or returns how long to wait before asking again.</summary>
    private TimeSpan? TryTake(string threadId)
    {
        var now = timeProvider.GetUtcNow();
        lock (sendsByThread)
        {
            if (!sendsByThread.TryGetValue(threadId, out var sends))
            {
                sends = [];
                sendsByThread[threadId] = sends;
            }

            sends.RemoveAll(t => t <= now - Longest);
            var slot = now;
            foreach (var (window, limit) in TeamsLimits)
            {
                // Sends are kept in order, so the limit-th most recent decides when the window has room.
                if (sends.Count >= limit)
                {
                    var earliest = sends[^limit] + window + Margin;
                    slot = earliest > slot ? earliest : slot;
                }
            }

            if (slot > now)
            {
                return slot - now;
            }

            sends.Add(now);
            return null;
        }
    }
}
