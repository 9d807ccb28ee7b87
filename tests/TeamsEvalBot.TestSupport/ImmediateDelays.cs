namespace TeamsEvalBot.TestSupport;

/// <summary>
/// A clock that stands still and ends every wait at once, recording how long each wait was asked
/// to be: retry and rate-limit code can then be checked without waiting for real.
/// </summary>
public sealed class ImmediateDelays : TimeProvider
{
    private readonly List<TimeSpan> delays = [];

    public DateTimeOffset Now { get; } = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (delays)
            {
                return [.. delays];
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => Now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (delays)
        {
            delays.Add(dueTime);
        }

        return System.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
