using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.LoadHarness;

/// <summary>Waits for the coalesced updates of the shared cards, which follow ratings by up to one interval.</summary>
public static class CardSettling
{
    /// <summary>The bot's coalescing interval (CardUpdates:MinimumInterval, 5 s by default), plus room for a busy storage queue.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5) + TimeSpan.FromSeconds(10);

    /// <summary>
    /// Until the card is updated after <paramref name="after"/>. When a claim during the burst already
    /// covered every change, no later update comes, so the wait ends after one interval.
    /// </summary>
    public static Task WaitForTrailingUpdateAsync(RecordingConnector connector, string cardActivityId, DateTimeOffset after) =>
        UntilAsync(() => connector.Calls.Any(c => c.Method == HttpMethod.Put && c.At >= after && c.Path.EndsWith("/" + cardActivityId, StringComparison.Ordinal)));

    /// <summary>Until each card's latest update says everyone has rated, or one interval has passed.</summary>
    public static Task WaitForCountsAsync(RecordingConnector connector, IEnumerable<string> cardActivityIds, int participants) =>
        UntilAsync(() => cardActivityIds.All(card => LastUpdate(connector, card)?.Contains(Counts(participants), StringComparison.Ordinal) == true));

    public static string Counts(int participants) => $"{participants} of {participants} have rated.";

    public static string? LastUpdate(RecordingConnector connector, string cardActivityId)
    {
        ArgumentNullException.ThrowIfNull(connector);
        return connector.Calls.LastOrDefault(c => c.Method == HttpMethod.Put && c.Path.EndsWith("/" + cardActivityId, StringComparison.Ordinal))?.Body?.ToJsonString();
    }

    private static async Task UntilAsync(Func<bool> done)
    {
        var giveUpAt = DateTimeOffset.UtcNow + Limit;
        while (DateTimeOffset.UtcNow < giveUpAt && !done())
        {
            await Task.Delay(100);
        }
    }
}
