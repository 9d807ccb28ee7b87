namespace TeamsEvalBot.Protocol.Connector;

/// <summary>
/// A thread's recent sends in this process's memory: right for one instance, and the fallback of
/// the shared slots when storage cannot be reached.
/// </summary>
public sealed class MemoryThreadSendSlots : IThreadSendSlots
{
    private readonly Dictionary<string, List<DateTimeOffset>> sendsByThread = new(StringComparer.Ordinal);

    public Task<TimeSpan?> TryTakeAsync(string threadId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (sendsByThread)
        {
            if (!sendsByThread.TryGetValue(threadId, out var sends))
            {
                sends = [];
                sendsByThread[threadId] = sends;
            }

            SendWindow.Prune(sends, now);
            var wait = SendWindow.WaitBefore(sends, now);
            if (wait > TimeSpan.Zero)
            {
                return Task.FromResult<TimeSpan?>(wait);
            }

            sends.Add(now);
            return Task.FromResult<TimeSpan?>(null);
        }
    }
}
