using Microsoft.Extensions.DependencyInjection;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>A card update still waiting for its interval when the host stops is sent, not dropped.</summary>
[Collection(StorageCollection.Name)]
public sealed class SharedCardShutdownTests(AzuriteFixture storage) : IDisposable
{
    // An hour: the update can only go out because the host stops, never because the interval ran out.
    private readonly BotApp bot = new(storage.Azurite.ConnectionString, new Dictionary<string, string?> { ["CardUpdates:MinimumInterval"] = "01:00:00" });

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task StoppingTheHost_SendsThePendingCardUpdate()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        var cardId = (await workshop.Store.GetProgressAsync(workshopId, "1.1", CancellationToken.None))!.Value.CardActivityId!;

        // Stored behind the bot's back, so only this refresher hears of it. It is made of the bot's own
        // parts but never started: its loop cannot send anything, so only stopping it can.
        var rating = new RatingEntry(workshop.People[1].Id, workshop.People[1].Name, PartnerOrganisation.NhsBoard, 2, "Shared plan.", string.Empty, DateTimeOffset.UtcNow);
        Assert.Equal(RatingSave.Saved, await workshop.Store.SaveRatingAsync(workshopId, "1.1", 1, rating, "activity-rating-1", CancellationToken.None));
        var refresher = ActivatorUtilities.CreateInstance<SharedCardRefresher>(bot.Services);
        refresher.MarkChanged(workshopId, "1.1");
        var updatesBefore = Updates(cardId);

        await refresher.StopAsync(CancellationToken.None);

        var update = Assert.Single(Updates(cardId).Skip(updatesBefore.Count));
        Assert.Contains("1 of 5 have rated.", update.Body!.ToJsonString(), StringComparison.Ordinal);
    }

    private List<RecordedCall> Updates(string cardId) =>
        [.. bot.Connector.Calls.Where(c => c.Method == HttpMethod.Put && c.Path.EndsWith("/activities/" + Uri.EscapeDataString(cardId), StringComparison.Ordinal))];
}
