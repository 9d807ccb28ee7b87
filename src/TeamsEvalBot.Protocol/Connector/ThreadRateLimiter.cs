namespace TeamsEvalBot.Protocol.Connector;

/// <summary>
/// Keeps what the bot sends to one thread inside Teams' per-thread limits (<see cref="SendWindow"/>)
/// by waiting for the next free slot.
/// </summary>
public sealed class ThreadRateLimiter(IThreadSendSlots slots, TimeProvider timeProvider)
{
    /// <summary>
    /// Waits until a send breaks no limit, then records it at the time it really goes. A waiter
    /// that wakes late looks again rather than trusting the slot it was given, so a busy machine
    /// cannot bunch sends together.
    /// </summary>
    public async Task WaitForSlotAsync(string threadId, CancellationToken cancellationToken)
    {
        while (await slots.TryTakeAsync(threadId, timeProvider.GetUtcNow(), cancellationToken) is { } wait)
        {
            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }
}
