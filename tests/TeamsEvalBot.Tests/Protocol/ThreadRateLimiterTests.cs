using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.Tests.Protocol;

public sealed class ThreadRateLimiterTests
{
    [Fact]
    public async Task ABurst_GetsSlotsThatBreakNoPerThreadLimit()
    {
        var clock = new ImmediateDelays();
        var limiter = new ThreadRateLimiter(clock);

        for (var i = 0; i < 130; i++)
        {
            await limiter.WaitForSlotAsync("19:thread", CancellationToken.None);
        }

        // The first seven go at once; every wait is a slot in time that breaks none of the four windows.
        var slots = Enumerable.Repeat(clock.Now, 7).Concat(clock.Delays.Select(d => clock.Now + d)).ToList();
        Assert.Equal(130, slots.Count);
        Assert.Equal(0, RateLimitAudit.Breaches(slots));
        Assert.True(slots[^1] - slots[0] > TimeSpan.FromSeconds(60), "130 sends need more than two 30-second windows of 60");
    }

    [Fact]
    public async Task Threads_AreLimitedSeparately()
    {
        var clock = new ImmediateDelays();
        var limiter = new ThreadRateLimiter(clock);

        for (var i = 0; i < 7; i++)
        {
            await limiter.WaitForSlotAsync("19:one", CancellationToken.None);
            await limiter.WaitForSlotAsync("19:two", CancellationToken.None);
        }

        Assert.Empty(clock.Delays);
    }
}
