using Microsoft.Extensions.DependencyInjection;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>Ending a workshop: read-only and kept, and the conversation free for the next one.</summary>
[Collection(StorageCollection.Name)]
public sealed class EndWorkshopTests(AzuriteFixture storage) : IDisposable
{
    private const string EndedNotice = "This workshop has ended, so ratings are closed.";

    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    public void Dispose() => bot.Dispose();

    private WorkshopAdminStore Admin => bot.Services.GetRequiredService<WorkshopAdminStore>();

    [Fact]
    public async Task EndWorkshop_ClosesItsCards_KeepsItStored_AndFreesTheConversation()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var oldId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post feature 1");
        await workshop.RateAsync(workshop.People[1], oldId, "1.1", "2", "The plan is shared.");
        await workshop.SayAsync(workshop.Facilitator, "close 1.2");
        await workshop.SayAsync(workshop.Facilitator, "reveal 1.3");
        var cards = (await workshop.Store.GetAllProgressAsync(oldId, CancellationToken.None)).ToDictionary(p => p.ProposalId, p => p.CardActivityId!);
        var callsBefore = bot.Connector.Calls.Count;

        await workshop.SayAsync(workshop.Facilitator, "end workshop");

        var reply = bot.Connector.SentCards.Last().ToJsonString();
        Assert.Contains("Workshop ended", reply, StringComparison.Ordinal);
        Assert.Contains("Its cards no longer take ratings.", reply, StringComparison.Ordinal);
        var ended = (await workshop.Store.GetAsync(oldId, CancellationToken.None))!.Value;
        Assert.Equal(WorkshopStatus.Ended, ended.Status);
        Assert.Null(await workshop.Store.GetActiveAsync(workshop.ConversationId, CancellationToken.None));
        Assert.Equal([oldId], await Admin.GetEndedWorkshopIdsAsync(workshop.ConversationId, CancellationToken.None));
        var updates = bot.Connector.Calls.Skip(callsBefore).Where(c => c.Method == HttpMethod.Put).ToList();
        Assert.Equal(
            new[] { cards["1.1"], cards["1.2"] }.Order(StringComparer.Ordinal),
            updates.Select(u => u.Path.Split('/')[^1]).Order(StringComparer.Ordinal));
        Assert.All(updates, u => Assert.Contains(EndedNotice, u.Body!.ToJsonString(), StringComparison.Ordinal));

        var newId = await workshop.StartAsync("Moray Health and Social Care Partnership");

        Assert.NotEqual(oldId, newId);
        Assert.Equal("Moray Health and Social Care Partnership", (await workshop.Store.GetActiveAsync(workshop.ConversationId, CancellationToken.None))!.Value.Partnership);
        Assert.Equal("Angus Health and Social Care Partnership", (await workshop.Store.GetAsync(oldId, CancellationToken.None))!.Value.Partnership);
        var kept = Assert.Single(await workshop.Store.GetRatingsAsync(oldId, "1.1", 1, CancellationToken.None));
        Assert.Equal("The plan is shared.", kept.Evidence);
        Assert.Equal(3, (await workshop.Store.GetAllProgressAsync(oldId, CancellationToken.None)).Count);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task AnEndedWorkshopsCards_RefuseRatings_EvenAfterTheNextWorkshopStarts()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var oldId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        await workshop.SayAsync(workshop.Facilitator, "end workshop");
        await workshop.StartAsync("Moray Health and Social Care Partnership");
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        var before = await workshop.SnapshotAsync();

        var (_, card) = await workshop.RateAsync(workshop.People[2], oldId, "1.1", "3", "Too late");

        Assert.Contains("This workshop has ended, so your rating was not saved.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await workshop.SnapshotAsync());
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task AConversationsEndedWorkshops_AreListedLatestFirst()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var first = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "end workshop");
        var second = await workshop.StartAsync("Moray Health and Social Care Partnership");

        await workshop.SayAsync(workshop.Facilitator, "end workshop");

        Assert.Equal([second, first], await Admin.GetEndedWorkshopIdsAsync(workshop.ConversationId, CancellationToken.None));
        Assert.Null(await workshop.Store.GetActiveAsync(workshop.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task EndWorkshop_WithNoOpenWorkshop_SaysSo_AndChangesNothing()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "end workshop");
        var before = await workshop.SnapshotAsync();

        await workshop.SayAsync(workshop.Facilitator, "end workshop");

        Assert.Equal(before, await workshop.SnapshotAsync());
        Assert.Contains("There is no open workshop in this conversation.", bot.Connector.SentCards.Last().ToJsonString(), StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }
}
