using Azure;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Storage.ScaleOut;

namespace TeamsEvalBot.ScaleOut;

/// <summary>
/// Per-thread send slots kept in storage, so instances behind one bot id share Teams' limits
/// (Teams counts per bot, not per instance). Each instance remembers the sends it last wrote with
/// their ETag and writes on that: while no other instance sends to the thread, a send costs one
/// storage call, and when one has, the ETag fails and the slots are read again. When storage cannot
/// be reached, this instance uses its own window for a while rather than stop talking.
/// </summary>
public sealed class SharedThreadSendSlots(ThreadSendLog log, MemoryThreadSendSlots fallback, TimeProvider clock, ILogger<SharedThreadSendSlots> logger) : IThreadSendSlots
{
    private static readonly TimeSpan LocalAfterOutage = TimeSpan.FromSeconds(30);
    private readonly Dictionary<string, (List<DateTimeOffset> Sends, ETag ETag)> lastWritten = new(StringComparer.Ordinal);
    private long localUntilTicks;

    public async Task<TimeSpan?> TryTakeAsync(string threadId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now.UtcTicks < Interlocked.Read(ref localUntilTicks))
        {
            return await fallback.TryTakeAsync(threadId, now, cancellationToken);
        }

        try
        {
            var (sends, etag) = Remembered(threadId) ?? await log.GetAsync(threadId, cancellationToken);

            // The send goes once the slot is written: time it from after any read, not before.
            var afterRead = clock.GetUtcNow();
            now = afterRead > now ? afterRead : now;
            SendWindow.Prune(sends, now);
            var wait = SendWindow.WaitBefore(sends, now);
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            // Another instance's clock may be a little ahead, so keep the list in order.
            sends.Add(now);
            sends.Sort();
            var written = await log.TrySaveAsync(threadId, sends, etag, cancellationToken);
            Remember(threadId, written is { } newTag ? (sends, newTag) : null);
            return written is null ? TimeSpan.Zero : null;
        }
        catch (Exception ex) when (StorageUnavailable.IsOutage(ex) || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            ScaleOutLog.SendSlotsUnreachable(logger, ex, threadId);
            Remember(threadId, null);
            Interlocked.Exchange(ref localUntilTicks, (now + LocalAfterOutage).UtcTicks);
            return await fallback.TryTakeAsync(threadId, now, cancellationToken);
        }
    }

    private (List<DateTimeOffset> Sends, ETag? ETag)? Remembered(string threadId)
    {
        lock (lastWritten)
        {
            return lastWritten.TryGetValue(threadId, out var known) ? ([.. known.Sends], known.ETag) : null;
        }
    }

    private void Remember(string threadId, (List<DateTimeOffset> Sends, ETag ETag)? written)
    {
        lock (lastWritten)
        {
            if (written is { } known)
            {
                lastWritten[threadId] = known;
            }
            else
            {
                lastWritten.Remove(threadId);
            }
        }
    }
}
