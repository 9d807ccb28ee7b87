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
    public static int Breaches(IEnumerable<DateTimeOffset> sendTimes)
    {
        var times = sendTimes.Order().ToArray();
        var breaches = 0;
        for (var i = 0; i < times.Length; i++)
        {
            foreach (var (window, limit) in Limits)
            {
                var inWindow = times.Take(i + 1).Count(t => t > times[i] - window);
                if (inWindow > limit)
                {
                    breaches++;
                }
            }
        }

        return breaches;
    }
}
