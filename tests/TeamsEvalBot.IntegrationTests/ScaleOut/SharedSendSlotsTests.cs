using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.ScaleOut;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.ScaleOut;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests.ScaleOut;

/// <summary>Two instances of the bot share one thread's send slots through Table Storage.</summary>
[Collection(StorageCollection.Name)]
public sealed class SharedSendSlotsTests(AzuriteFixture storage)
{
    [Fact]
    public async Task TwoInstances_SendingToOneThread_TogetherBreakNoLimit()
    {
        var clock = new ManualClock();
        var tables = await TablesAsync();
        var instances = Enumerable.Range(0, 2)
            .Select(_ => new ThreadRateLimiter(new SharedThreadSendSlots(new ThreadSendLog(tables), new MemoryThreadSendSlots(), clock, NullLogger<SharedThreadSendSlots>.Instance), clock))
            .ToArray();
        var thread = $"19:{Guid.NewGuid():N}@thread.v2";
        var sent = new List<DateTimeOffset>();

        // Each instance alone would allow 7 in the first second; together they must still keep to 7.
        for (var i = 0; i < 40; i++)
        {
            await instances[i % 2].WaitForSlotAsync(thread, CancellationToken.None);
            sent.Add(clock.GetUtcNow());
        }

        Assert.Equal(0, RateLimitAudit.Breaches(sent));
        Assert.Equal(7, sent.Count(t => t == sent[0]));
    }

    [Fact]
    public async Task ConcurrentTakers_NeverShareASlot()
    {
        var clock = new ManualClock();
        var tables = await TablesAsync();
        var slots = Enumerable.Range(0, 2).Select(_ => new SharedThreadSendSlots(new ThreadSendLog(tables), new MemoryThreadSendSlots(), clock, NullLogger<SharedThreadSendSlots>.Instance)).ToArray();
        var thread = $"19:{Guid.NewGuid():N}@thread.v2";

        // 20 attempts at the same instant from two instances: the ETag lets exactly 7 through.
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => TakeUntilAnsweredAsync(slots[i % 2], thread, clock.GetUtcNow())));

        Assert.Equal(7, answers.Count(wait => wait is null));
        var (sends, _) = await new ThreadSendLog(tables).GetAsync(thread, CancellationToken.None);
        Assert.Equal(7, sends.Count);
    }

    // A lost ETag race answers "ask again now" (zero); anything else is a real answer.
    private static async Task<TimeSpan?> TakeUntilAnsweredAsync(SharedThreadSendSlots slots, string thread, DateTimeOffset now)
    {
        while (true)
        {
            var wait = await slots.TryTakeAsync(thread, now, CancellationToken.None);
            if (wait != TimeSpan.Zero)
            {
                return wait;
            }
        }
    }

    private async Task<TableStore> TablesAsync()
    {
        var tables = new TableStore(Options.Create(new StorageOptions { ConnectionString = storage.Azurite.ConnectionString }), []);
        await tables.Table(Tables.ThreadSends).CreateIfNotExistsAsync();
        return tables;
    }

    /// <summary>A clock that moves on by each wait and ends the wait at once.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow()
        {
            lock (this)
            {
                return now;
            }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            lock (this)
            {
                now += dueTime;
            }

            return System.CreateTimer(callback, state, TimeSpan.Zero, period);
        }
    }
}
