using System.Net;
using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>Facilitators and observers are rows of their own, so any number may observe and the workshop still ends.</summary>
[Collection(StorageCollection.Name)]
public sealed class ManyObserversTests(AzuriteFixture storage) : IDisposable
{
    private const int Observers = 250;

    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task TwoHundredAndFiftyPeopleObserve_AndTheFacilitatorCanStillEndTheWorkshop()
    {
        var workshop = new WorkshopDriver<BotApp>(bot, participants: 1);

        // Teams ids are about 90 characters: as a list on the workshop row, these people passed the
        // 32 K characters a property holds before the 250th of them.
        var observers = Enumerable.Range(0, Observers)
            .Select(i => new WorkshopDriver.Person($"29:1{Guid.NewGuid():N}{Guid.NewGuid():N}{Guid.NewGuid():N}"[..90], $"Observer {i} of the partnership board", $"observer{i}@nhs.scot"))
            .ToList();
        bot.Connector.Members.AddRange(observers.Select(p => new JsonObject { ["id"] = p.Id, ["name"] = p.Name, ["email"] = p.Email }));
        var workshopId = await workshop.StartAsync();

        foreach (var observer in observers)
        {
            using var response = await workshop.SayAsync(observer, "observe");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var observed = (await workshop.Store.GetAsync(workshopId, CancellationToken.None))!.Value;
        await workshop.SayAsync(workshop.Facilitator, "end workshop");

        Assert.Equal(Observers, bot.Connector.SentCards.Count(c => c.ToJsonString().Contains("You are now observing this workshop.", StringComparison.Ordinal)));
        Assert.Equal((Observers, Observers, 1), (observed.Observers.Count, observed.ObserverCount, observed.RaterCount));
        Assert.Equal(observers.Select(o => o.Id).Order(StringComparer.Ordinal), observed.Observers.Select(o => o.Id).Order(StringComparer.Ordinal));
        Assert.Contains("Workshop ended", bot.Connector.SentCards.Last().ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(WorkshopStatus.Ended, (await workshop.Store.GetAsync(workshopId, CancellationToken.None))!.Value.Status);
        Assert.Null(await workshop.Store.GetActiveAsync(workshop.ConversationId, CancellationToken.None));
        Assert.Equal(WorkshopRole.Observer, await workshop.Store.GetRoleAsync(workshopId, observers[^1].Id, CancellationToken.None));
        Assert.Equal(WorkshopRole.Facilitator, await workshop.Store.GetRoleAsync(workshopId, workshop.Facilitator.Id, CancellationToken.None));
        bot.Connector.AssertAllCardsValid();
    }
}
