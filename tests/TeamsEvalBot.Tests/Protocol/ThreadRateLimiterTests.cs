using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.Tests.Protocol;

public sealed class ThreadRateLimiterTests
{
    [Fact]
    public async Task ABurst_GetsSlotsThatBreakNoPerThreadLimit()
    {
        var clock = new SteppingClock();
        var limiter = new ThreadRateLimiter(new MemoryThreadSendSlots(), clock);
        var sent = new List<DateTimeOffset>();

        for (var i = 0; i < 130; i++)
        {
            await limiter.WaitForSlotAsync("19:thread", CancellationToken.None);
            sent.Add(clock.GetUtcNow());
        }

        Assert.Equal(0, RateLimitAudit.Breaches(sent));
        Assert.Equal(7, sent.Count(t => t == sent[0]));
        Assert.True(sent[^1] - sent[0] > TimeSpan.FromSeconds(60), "130 sends need more than two 30-second windows of 60");
    }

    [Fact]
    public async Task AWaiterThatWakesLate_LooksAgain_SoSendsDoNotBunch()
    {
        // The machine is busy: every wait ends 700 ms after it was due.
        var clock = new SteppingClock(lateness: TimeSpan.FromMilliseconds(700));
        var limiter = new ThreadRateLimiter(new MemoryThreadSendSlots(), clock);
        var sent = new List<DateTimeOffset>();

        for (var i = 0; i < 40; i++)
        {
            await limiter.WaitForSlotAsync("19:thread", CancellationToken.None);
            sent.Add(clock.GetUtcNow());
        }

        Assert.Equal(0, RateLimitAudit.Breaches(sent));
    }

    [Fact]
    public async Task Threads_AreLimitedSeparately()
    {
        var clock = new SteppingClock();
        var limiter = new ThreadRateLimiter(new MemoryThreadSendSlots(), clock);

        for (var i = 0; i < 7; i++)
        {
            await limiter.WaitForSlotAsync("19:one", CancellationToken.None);
            await limiter.WaitForSlotAsync("19:two", CancellationToken.None);
        }

        Assert.Equal(0, clock.Waits);
    }

    /// <summary>A clock that moves on by each wait (plus any lateness) and ends the wait at once.</summary>
    private sealed class SteppingClock(TimeSpan lateness = default) : TimeProvider
    {
        private DateTimeOffset now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

        public int Waits { get; private set; }

        public override DateTimeOffset GetUtcNow() => now;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Waits++;
            now += dueTime + lateness;
            return System.CreateTimer(callback, state, TimeSpan.Zero, period);
        }
    }
}
