namespace TeamsEvalBot.Protocol.Connector;

/// <summary>Where a thread's recent sends are kept, so every instance of the bot counts the same sends.</summary>
public interface IThreadSendSlots
{
    /// <summary>Records a send at <paramref name="now"/> and returns null, or returns how long to wait before asking again.</summary>
    Task<TimeSpan?> TryTakeAsync(string threadId, DateTimeOffset now, CancellationToken cancellationToken);
}
