namespace TeamsEvalBot.LoadHarness;

/// <summary>Timed calls of one kind: percentiles by the nearest-rank method, in milliseconds.</summary>
public sealed class Latencies
{
    private readonly List<double> milliseconds = [];

    public int Count
    {
        get
        {
            lock (milliseconds)
            {
                return milliseconds.Count;
            }
        }
    }

    public void Add(TimeSpan elapsed)
    {
        lock (milliseconds)
        {
            milliseconds.Add(elapsed.TotalMilliseconds);
        }
    }

    public double Percentile(double p)
    {
        lock (milliseconds)
        {
            if (milliseconds.Count == 0)
            {
                return double.NaN;
            }

            var sorted = milliseconds.Order().ToList();
            var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
        }
    }

    public double Max
    {
        get
        {
            lock (milliseconds)
            {
                return milliseconds.Count == 0 ? double.NaN : milliseconds.Max();
            }
        }
    }
}
