namespace TeamsEvalBot.TestSupport;

/// <summary>Counts breaches of Teams' per-thread send limits in a series of send times.</summary>
public static class RateLimitAudit
{
    private static readonly (TimeSpan Window, int Limit)[] Limits =
    [
        (TimeSpan.FromSeconds(1), 7),
        (TimeSpan.FromSeconds(2), 8),
        (TimeSpan.FromSeconds(30), 60),
        (TimeSpan.FromHours(1), 1800),
    ];

    /// <summary>For each send and each window: one breach if more than the limit fell in the window ending at that send.</summary>
    public static int Breaches(IEnumerable<DateTimeOffset> sendTimes) => Describe(sendTimes).Count();

    /// <summary>Each breach in words: which limit, and the first and last send of the window that broke it.</summary>
    public static IEnumerable<string> Describe(IEnumerable<DateTimeOffset> sendTimes)
    {
        var times = sendTimes.Order().ToArray();
        for (var i = 0; i < times.Length; i++)
        {
            foreach (var (window, limit) in Limits)
            {
                var inWindow = times.Take(i + 1).Where(t => t > times[i] - window).ToList();
                if (inWindow.Count > limit)
                {
                    yield return $"{inWindow.Count} sends within {window.TotalSeconds:0} s (limit {limit}), from {inWindow[0]:HH:mm:ss.fff} to {times[i]:HH:mm:ss.fff}.";
                }
            }
        }
    }
}
