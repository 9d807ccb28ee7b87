using TeamsEvalBot.Hosting;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Storage.ScaleOut;

namespace TeamsEvalBot.ScaleOut;

/// <summary>
/// Per-thread send slots kept in storage, so instances behind one bot id share Teams' limits
/// (Teams counts per bot, not per instance). When storage cannot be reached, this instance uses
/// its own window for a while rather than stop talking, or wait on storage before every send.
/// </summary>
public sealed class SharedThreadSendSlots(ThreadSendLog log, MemoryThreadSendSlots fallback, TimeProvider clock, ILogger<SharedThreadSendSlots> logger) : IThreadSendSlots
{
    private static readonly TimeSpan LocalAfterOutage = TimeSpan.FromSeconds(30);
    private long localUntilTicks;

    public async Task<TimeSpan?> TryTakeAsync(string threadId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now.UtcTicks < Interlocked.Read(ref localUntilTicks))
        {
            return await fallback.TryTakeAsync(threadId, now, cancellationToken);
        }

        try
        {
            var (sends, etag) = await log.GetAsync(threadId, cancellationToken);

            // The send goes once the slot is written: time it from after the read, not before.
            now = clock.GetUtcNow() > now ? clock.GetUtcNow() : now;
            SendWindow.Prune(sends, now);
            var wait = SendWindow.WaitBefore(sends, now);
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            // Another instance's clock may be a little ahead, so keep the list in order.
            sends.Add(now);
            sends.Sort();
            return await log.TrySaveAsync(threadId, sends, etag, cancellationToken) ? null : TimeSpan.Zero;
        }
        catch (Exception ex) when (StorageUnavailable.IsOutage(ex) || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            ScaleOutLog.SendSlotsUnreachable(logger, ex, threadId);
            Interlocked.Exchange(ref localUntilTicks, (now + LocalAfterOutage).UtcTicks);
            return await fallback.TryTakeAsync(threadId, now, cancellationToken);
        }
    }
}
