using System.Net;
using Azure.Data.Tables;
using TeamsEvalBot.Storage;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>
/// The bot crashes (SIGKILL) in the middle of "forget me", held by the connector at a known point:
/// the person's rows are erased and the round-one card's redraw is on its way to Teams. Started
/// again, the bot finds the pending erasure, finishes it, writes its audit entry and tells the person.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ForgetMeRestartTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private LiveBot bot = null!;

    public async Task InitializeAsync() => bot = await LiveBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task KilledDuringAnErasure_TheRestartedBotFinishesIt_WithItsAuditEntry()
    {
        var secret = $"SECRET-EVIDENCE-FORGET-{Guid.NewGuid():N}";
        var kept = $"KEPT-EVIDENCE-FORGET-{Guid.NewGuid():N}";
        var workshop = new WorkshopDriver<LiveBot>(bot, participants: 3, uniquePeople: true);
        var workshopId = await workshop.StartAsync("Crash Erasure Partnership");
        var person = workshop.People[1];
        await SaidAsync(workshop, "post 1.1");
        await RatedAsync(workshop, workshop.Rating(person, "1.1", "2", secret + " round one"));
        await RatedAsync(workshop, workshop.Rating(workshop.People[2], "1.1", "1", kept));
        await SaidAsync(workshop, "reveal 1.1");
        var roundOneCard = (await workshop.Store.GetProgressAsync(workshopId, "1.1", CancellationToken.None))!.Value.CardActivityId!;
        await SaidAsync(workshop, "revote 1.1");
        await RatedAsync(workshop, workshop.Rating(person, "1.1", "3", secret + " round two", round: 2));

        // The erasure's redraw, and nothing else: the round-one card revealed, without the evidence.
        var redraw = bot.Connector.Hold(c => c.Method == HttpMethod.Put && c.Path.EndsWith("/" + roundOneCard, StringComparison.Ordinal)
            && c.Body!.ToJsonString() is var body && body.Contains("Results revealed", StringComparison.Ordinal) && !body.Contains(secret, StringComparison.Ordinal));
        var forgetting = workshop.SayAsync(person, "forget me");
        await redraw.Arrived.WaitAsync(Patience);
        var pending = Assert.Single(await ErasuresAsync(person));
        Assert.Equal("Pending", pending.GetString("Status"));
        Assert.Null(pending.GetInt32("RatingsErased"));
        Assert.Single(await workshop.Store.GetRatingsAsync(workshopId, "1.1", 1, CancellationToken.None));

        await bot.KillAsync(0);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => forgetting);
        var told = bot.Connector.WhenCalled(c => c.Method == HttpMethod.Post
            && Uri.UnescapeDataString(c.Path).Contains(workshop.ConversationId, StringComparison.Ordinal)
            && c.Body!.ToJsonString().Contains("Your ratings are erased", StringComparison.Ordinal));
        await bot.RestartAsync(0);
        var reply = (await told.Arrived.WaitAsync(Patience)).Body!.ToJsonString();

        Assert.Contains("I erased 2 ratings, with their evidence and suggested actions, from 1 workshop.", reply, StringComparison.Ordinal);
        var audit = Assert.Single(await ErasuresAsync(person));
        Assert.Equal((pending.RowKey, "Done", 2, 2, 1, workshopId), (audit.RowKey, audit.GetString("Status"), audit.GetInt32("RatingsErased"), audit.GetInt32("HistoryEntriesErased"), audit.GetInt32("EmailsErased"), audit.GetString("WorkshopIds")));
        Assert.DoesNotContain(audit.Select(p => p.Value?.ToString() ?? string.Empty), v => v.Contains("SECRET", StringComparison.Ordinal));

        // Redrawn by the restarted bot: the held update never reached Teams.
        var held = await redraw.Arrived;
        var roundOne = bot.Connector.Calls.SkipWhile(c => !ReferenceEquals(c, held)).Skip(1).Last(c => c.Method == HttpMethod.Put && c.Path.EndsWith("/" + roundOneCard, StringComparison.Ordinal)).Body!.Wire();
        Assert.Contains(kept, roundOne, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, roundOne, StringComparison.Ordinal);
        var rows = await bot.Azurite.Service.GetTableClient(Tables.Workshops).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and PersonId eq {person.Id}")).ToListAsync();
        var left = Assert.Single(rows);
        Assert.StartsWith("member|", left.RowKey, StringComparison.Ordinal);
        Assert.Equal(string.Empty, left.GetString("Email"));
        Assert.Equal([workshop.People[2].Id], (await workshop.Store.GetRatingsAsync(workshopId, "1.1", 1, CancellationToken.None)).Select(r => r.ParticipantId));
        bot.Connector.AssertAllCardsValid();
    }

    private static async Task SaidAsync(WorkshopDriver<LiveBot> workshop, string text)
    {
        using var response = await workshop.SayAsync(workshop.Facilitator, text);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task RatedAsync(WorkshopDriver<LiveBot> workshop, System.Text.Json.Nodes.JsonObject rating)
    {
        var (status, card) = await workshop.InvokeAsync(rating);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("You rated", card!.Wire(), StringComparison.Ordinal);
    }

    private async Task<List<TableEntity>> ErasuresAsync(WorkshopDriver.Person person) =>
        await bot.Azurite.Service.GetTableClient(Tables.Erasures).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PersonId eq {person.Id}")).ToListAsync();
}
