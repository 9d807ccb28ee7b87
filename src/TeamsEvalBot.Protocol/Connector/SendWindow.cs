namespace TeamsEvalBot.Protocol.Connector;

/// <summary>
/// Teams' per-bot, per-thread send limits (7 per second, 8 per 2 s, 60 per 30 s, 1,800 per hour)
/// applied to a thread's earlier sends: when may the next one go?
/// </summary>
public static class SendWindow
{
    public static IReadOnlyList<(TimeSpan Window, int Limit)> TeamsLimits { get; } =
    [
        (TimeSpan.FromSeconds(1), 7),
        (TimeSpan.FromSeconds(2), 8),
        (TimeSpan.FromSeconds(30), 60),
        (TimeSpan.FromHours(1), 1800),
    ];

    /// <summary>Sends older than this never matter again.</summary>
    public static TimeSpan Longest { get; } = TimeSpan.FromHours(1);

    // Teams counts arrivals, not departures. A send is recorded before its slot is written and
    // before it leaves, and on a starved machine that gap reached half a second, bunching sends up
    // on arrival; so each window is kept this much longer than the rule. 250 ms and 500 ms each let
    // a breach through on a saturated 2-core machine.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

    /// <summary>How long from <paramref name="now"/> until one more send breaks no limit; zero means now.</summary>
    /// <param name="sends">The thread's sends in the last hour, oldest first.</param>
    public static TimeSpan WaitBefore(IReadOnlyList<DateTimeOffset> sends, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sends);
        var slot = now;
        foreach (var (window, limit) in TeamsLimits)
        {
            // Sends are in order, so the limit-th most recent decides when the window has room.
            if (sends.Count >= limit)
            {
                var earliest = sends[^limit] + window + Margin;
                slot = earliest > slot ? earliest : slot;
            }
        }

        return slot - now;
    }

    /// <summary>
    /// Drops the sends that fall outside every window. A send stamped after <paramref name="now"/>
    /// (another instance's clock running ahead) counts as now, so a wrong clock cannot hold a
    /// thread up for longer than one window.
    /// </summary>
    public static void Prune(List<DateTimeOffset> sends, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sends);
        sends.RemoveAll(t => t <= now - Longest);
        for (var i = 0; i < sends.Count; i++)
        {
            sends[i] = sends[i] > now ? now : sends[i];
        }
    }
}
