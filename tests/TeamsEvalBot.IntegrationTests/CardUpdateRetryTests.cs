using System.Net;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>A shared card whose update Teams refuses after close is drawn again until the update lands.</summary>
[Collection(StorageCollection.Name)]
public sealed class CardUpdateRetryTests(AzuriteFixture storage) : IDisposable
{
    // A short interval, so the retry comes within the test's patience.
    private readonly BotApp bot = new(storage.Azurite.ConnectionString, new Dictionary<string, string?> { ["CardUpdates:MinimumInterval"] = "00:00:00.050" });

    public void Dispose() => bot.Dispose();

    [Theory]
    [InlineData("close 1.1", "Rating is closed. The facilitator will reveal the results.")]
    [InlineData("reveal 1.1", "Results revealed.")]
    public async Task AFailedUpdateAfterAStateChange_IsTriedAgain_UntilItLands(string command, string shown)
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        var cardId = (await workshop.Store.GetProgressAsync(workshopId, "1.1", CancellationToken.None))!.Value.CardActivityId!;
        var callsBefore = bot.Connector.Calls.Count;

        // Teams refuses the first update (400 is not retried by the connector itself), then accepts.
        bot.Connector.FailNext(HttpStatusCode.BadRequest, code: "BadSyntax");
        await workshop.SayAsync(workshop.Facilitator, command);

        Assert.Contains("Proposal 1.1 is now", bot.Connector.SentCards.Last().ToJsonString(), StringComparison.Ordinal);
        var calls = bot.Connector.Calls.ToList();
        var refused = calls.FindIndex(callsBefore, c => c.Method == HttpMethod.Put && c.Path.EndsWith("/" + cardId, StringComparison.Ordinal));
        Assert.True(refused >= 0, "The state change sent no update of the card.");

        // The refused update is recorded too; the one after it is the retry.
        await bot.CardUpdateAsync(cardId, shown, skipCalls: refused + 1);
    }
}
