using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Erasures;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>"forget me": a person's ratings and evidence erased across their tenant's workshops, and nowhere else.</summary>
[Collection(StorageCollection.Name)]
public sealed class ForgetMeTests(AzuriteFixture storage) : IDisposable
{
    private const string OtherTenant = "f1e2d3c4-0000-4000-8000-0000000000b2";

    // Cards are updated soon after each change, so the test sees the erasure's update without waiting seconds.
    private readonly BotApp bot = new(storage.Azurite.ConnectionString, new Dictionary<string, string?> { ["CardUpdates:MinimumInterval"] = "00:00:00.050" });

    // Unique per test: every test's workshops share the test tenant, and "forget me" reaches all of them.
    private readonly WorkshopDriver.Person morag = new($"29:morag-{Guid.NewGuid():N}", "Morag Leslie", "morag.leslie@nhs.scot");

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task ForgetMe_ErasesTheSendersRatingsInEveryWorkshopOfTheTenant_AndNothingElse()
    {
        bot.Connector.Members.Add(new JsonObject { ["id"] = morag.Id, ["name"] = morag.Name, ["email"] = morag.Email });
        var first = new WorkshopDriver<BotApp>(bot);
        var firstId = await first.StartAsync();
        await first.SayAsync(first.Facilitator, "post feature 1");
        await first.RateAsync(morag, firstId, "1.1", "2", "Secret evidence one", "Secret action", activityId: "a-1");
        await first.RateAsync(morag, firstId, "1.1", "3", "Secret evidence one, changed", activityId: "a-2");
        await first.RateAsync(morag, firstId, "1.2", "1", "Secret evidence two");
        await first.RateAsync(first.People[1], firstId, "1.1", "1", "Kept evidence");
        var second = SecondConversation();
        var secondId = await second.StartAsync("Moray Health and Social Care Partnership");
        await second.SayAsync(second.Facilitator, "post 1.1");
        await second.RateAsync(morag, secondId, "1.1", "0", "Secret evidence three");
        await second.RateAsync(second.People[2], secondId, "1.1", "2", "Kept too");
        var foreignConversation = $"19:{Guid.NewGuid():N}@thread.v2";
        await PostInOtherTenantAsync(first.Facilitator, TeamsActivities.GroupMention("start workshop Fife Health and Social Care Partnership", foreignConversation, OtherTenant));
        var foreignId = (await first.Store.GetActiveAsync(foreignConversation, CancellationToken.None))!.Value.Id;
        await PostInOtherTenantAsync(first.Facilitator, TeamsActivities.GroupMention("post 1.1", foreignConversation, OtherTenant));
        await PostInOtherTenantAsync(morag, RateInvoke(foreignId, foreignConversation, "Foreign evidence"));
        var foreignBefore = await PartitionAsync(foreignId);
        var firstCard = (await first.Store.GetProgressAsync(firstId, "1.1", CancellationToken.None))!.Value.CardActivityId!;
        var callsBefore = bot.Connector.Calls.Count;

        await bot.PostAsync(As(morag, TeamsActivities.Personal("forget me", $"a:{Guid.NewGuid():N}")));

        var reply = bot.Connector.SentCards.Last().ToJsonString();
        Assert.Contains("I erased 3 ratings, with their evidence and suggested actions, from 2 workshops.", reply, StringComparison.Ordinal);
        Assert.Contains("(4 entries)", reply, StringComparison.Ordinal);
        Assert.Contains("Agreed positions stay", reply, StringComparison.Ordinal);
        foreach (var workshopId in new[] { firstId, secondId })
        {
            var rows = await PartitionAsync(workshopId);
            var left = Assert.Single(rows, r => r.GetString("PersonId") == morag.Id);
            Assert.StartsWith("member|", left.RowKey, StringComparison.Ordinal);
            Assert.Equal(string.Empty, left.GetString("Email"));
            Assert.Equal(morag.Name, left.GetString("Name"));
        }

        Assert.Equal(["29:person-1"], (await first.Store.GetRatingsAsync(firstId, "1.1", 1, CancellationToken.None)).Select(r => r.ParticipantId));
        Assert.Equal(["29:person-1"], (await RatingHistory.ReadAsync(first.Bot.Services.GetRequiredService<TableStore>().Table(Tables.Workshops), firstId, "1.1")).Select(r => r.ParticipantId));
        Assert.Empty(await first.Store.GetRatingsAsync(firstId, "1.2", 1, CancellationToken.None));
        Assert.Equal(["29:person-2"], (await second.Store.GetRatingsAsync(secondId, "1.1", 1, CancellationToken.None)).Select(r => r.ParticipantId));
        var loader = bot.Services.GetRequiredService<ProposalCardLoader>();
        Assert.Equal(1, (await loader.LoadAsync(firstId, "1.1", CancellationToken.None))!.Tally().Count);
        Assert.Equal(1, (await loader.LoadAsync(secondId, "1.1", CancellationToken.None))!.Tally().Count);
        await bot.CardUpdateAsync(firstCard, "1 of 6 have rated.", callsBefore);

        var audit = Assert.Single(await AuditAsync());
        Assert.Equal((3, 4, 2), (audit.GetInt32("RatingsErased"), audit.GetInt32("HistoryEntriesErased"), audit.GetInt32("EmailsErased")));
        Assert.Equal(string.Join(",", new[] { firstId, secondId }.Order(StringComparer.Ordinal)), string.Join(",", audit.GetString("WorkshopIds").Split(',').Order(StringComparer.Ordinal)));
        Assert.NotNull(audit.GetDateTimeOffset("RequestedAt"));
        Assert.DoesNotContain(audit.Select(p => p.Value), v => v?.ToString()?.Contains("Secret", StringComparison.Ordinal) == true || v?.ToString()?.Contains("nhs.scot", StringComparison.Ordinal) == true);

        Assert.Equal(foreignBefore, await PartitionAsync(foreignId), new EntityComparer());
        Assert.Contains(foreignBefore, r => r.GetString("Evidence") == "Foreign evidence");
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task ForgetMe_Again_ErasesNothing_AndSaysSo()
    {
        bot.Connector.Members.Add(new JsonObject { ["id"] = morag.Id, ["name"] = morag.Name, ["email"] = morag.Email });
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        await workshop.RateAsync(morag, workshopId, "1.1", "2", "Secret evidence");
        await workshop.SayAsync(morag, "forget me");
        var before = await workshop.SnapshotAsync();

        await workshop.SayAsync(morag, "forget me");

        var reply = bot.Connector.SentCards.Last().ToJsonString();
        Assert.Contains("Nothing to erase", reply, StringComparison.Ordinal);
        Assert.Contains("so nothing was erased.", reply, StringComparison.Ordinal);
        Assert.Equal(before, await workshop.SnapshotAsync());
        var audits = await AuditAsync();
        Assert.Equal([1, 0], audits.Select(a => a.GetInt32("RatingsErased") ?? -1));
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task ForgetMe_WithNothingStored_ErasesNothing_AndSaysSo()
    {
        await bot.PostAsync(As(morag, TeamsActivities.Personal("forget me", $"a:{Guid.NewGuid():N}")));

        Assert.Contains("Nothing to erase", bot.Connector.SentCards.Last().ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, Assert.Single(await AuditAsync()).GetInt32("RatingsErased"));
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task ForgetMe_RedrawsEveryCardThatShowedTheEvidence_InEveryRound_AndDeletesTheExports()
    {
        var secret = $"SECRET-EVIDENCE-FORGET-{Guid.NewGuid():N}";
        var kept = $"KEPT-EVIDENCE-FORGET-{Guid.NewGuid():N}";
        bot.Connector.Members.Add(new JsonObject { ["id"] = morag.Id, ["name"] = morag.Name, ["email"] = morag.Email });
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync(SummarySteps.NewPartnership(out _));
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        await workshop.RateAsync(morag, workshopId, "1.1", "2", secret + " round one");
        await workshop.RateAsync(workshop.People[1], workshopId, "1.1", "1", kept);
        await workshop.SayAsync(workshop.Facilitator, "reveal 1.1");
        await workshop.SayAsync(workshop.Facilitator, "reconcile 1.1");
        await workshop.ActAsync(workshop.Facilitator, "agree", new JsonObject { ["workshopId"] = workshopId, ["proposalId"] = "1.1", ["round"] = 1, ["version"] = string.Empty, ["slots"] = 1, ["agreedLevel"] = "1", ["rationale"] = "Agreed after talking." });
        await workshop.SayAsync(workshop.Facilitator, "summary 1.1");
        var exported = bot.Connector.SentCards.Count();
        await workshop.SayAsync(workshop.People[1], "export word");
        var link = bot.LinkSince(exported);
        var roundOneCard = (await workshop.Store.GetProgressAsync(workshopId, "1.1", CancellationToken.None))!.Value.CardActivityId!;
        await workshop.SayAsync(workshop.Facilitator, "revote 1.1");
        await workshop.ActAsync(morag, "rate", new JsonObject { ["workshopId"] = workshopId, ["proposalId"] = "1.1", ["round"] = 2, ["level"] = "3", ["evidence"] = secret + " round two" });
        var roundTwoCard = (await workshop.Store.GetProgressAsync(workshopId, "1.1", CancellationToken.None))!.Value.CardActivityId!;
        var shown = bot.Connector.Calls.Where(c => c.Body?.ToJsonString().Contains(secret + " round one", StringComparison.Ordinal) == true).Select(c => (c.Method, c.Path, Body: c.Body!.Wire())).ToList();
        Assert.Contains(shown, c => c.Method == HttpMethod.Put && c.Path.EndsWith("/" + roundOneCard, StringComparison.Ordinal));
        Assert.Contains(shown, c => c.Method == HttpMethod.Post && c.Body.Contains("Reconcile proposal 1.1", StringComparison.Ordinal));
        Assert.Contains(shown, c => c.Method == HttpMethod.Post && c.Body.Contains("Agreed level:", StringComparison.Ordinal));

        // The round-two rating's own update of the shared card is out of the way first.
        await bot.CardUpdateAsync(roundTwoCard, "1 of 6 have rated.");
        var callsBefore = bot.Connector.Calls.Count;

        await workshop.SayAsync(morag, "forget me");

        var calls = bot.Connector.Calls.Skip(callsBefore).ToList();
        Assert.DoesNotContain(calls, c => c.Body?.ToJsonString().Contains(secret, StringComparison.Ordinal) == true);
        var updates = calls.Where(c => c.Method == HttpMethod.Put).Select(c => (c.Path, Body: c.Body!.Wire())).ToList();
        var roundOne = updates.Last(u => u.Path.EndsWith("/" + roundOneCard, StringComparison.Ordinal)).Body;
        Assert.Contains("Results revealed. 1 of 6 rated.", roundOne, StringComparison.Ordinal);
        Assert.Contains(kept, roundOne, StringComparison.Ordinal);
        Assert.Contains("0 of 6 have rated.", updates.Last(u => u.Path.EndsWith("/" + roundTwoCard, StringComparison.Ordinal)).Body, StringComparison.Ordinal);
        Assert.Contains(kept, Assert.Single(updates, u => u.Body.Contains("Reconcile proposal 1.1", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
        Assert.Contains(kept, Assert.Single(updates, u => u.Body.Contains("Agreed level:", StringComparison.Ordinal)).Body, StringComparison.Ordinal);

        var downloads = bot.Services.GetRequiredService<TableStore>().Table(Tables.Downloads);
        Assert.Empty(await downloads.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"WorkshopId eq {workshopId}")).ToListAsync());
        using (var gone = await bot.GetAsync(link))
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
        }

        var audit = Assert.Single(await AuditAsync());
        Assert.Equal(("Done", 2, 2), (audit.GetString("Status"), audit.GetInt32("RatingsErased"), audit.GetInt32("HistoryEntriesErased")));
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task ForgetMe_AfterAnErasureThatStoppedHalfWay_FinishesIt_UnderItsOwnAuditEntry()
    {
        bot.Connector.Members.Add(new JsonObject { ["id"] = morag.Id, ["name"] = morag.Name, ["email"] = morag.Email });
        var first = new WorkshopDriver<BotApp>(bot);
        var firstId = await first.StartAsync();
        await first.SayAsync(first.Facilitator, "post 1.1");
        await first.RateAsync(morag, firstId, "1.1", "2", "SECRET-EVIDENCE-FORGET-FIRST");
        var second = SecondConversation();
        var secondId = await second.StartAsync("Moray Health and Social Care Partnership");
        await second.SayAsync(second.Facilitator, "post 1.1");
        await second.RateAsync(morag, secondId, "1.1", "0", "SECRET-EVIDENCE-FORGET-SECOND");
        var firstCard = (await first.Store.GetProgressAsync(firstId, "1.1", CancellationToken.None))!.Value.CardActivityId!;

        // As a run stopped by a crash leaves it: recorded, one workshop erased, its card not redrawn, no audit counts.
        var erasures = bot.Services.GetRequiredService<ErasureStore>();
        var stopped = await erasures.BeginAsync(LocalIdentityServer.TenantId, morag.Id, DateTimeOffset.UtcNow, [firstId, secondId], new ErasureReplyTo(TeamsActivities.ServiceUrl, first.ConversationId), CancellationToken.None);
        await bot.Services.GetRequiredService<WorkshopAdminStore>().ErasePersonAsync(firstId, morag.Id, stopped.Id, CancellationToken.None);
        Assert.Equal("Pending", Assert.Single(await AuditAsync()).GetString("Status"));
        var callsBefore = bot.Connector.Calls.Count;

        await first.SayAsync(morag, "forget me");

        Assert.Contains("I erased 2 ratings, with their evidence and suggested actions, from 2 workshops.", bot.Connector.SentCards.Last().ToJsonString(), StringComparison.Ordinal);
        var audit = Assert.Single(await AuditAsync());
        Assert.Equal((stopped.Id, "Done", 2, 2, 2), (audit.RowKey, audit.GetString("Status"), audit.GetInt32("RatingsErased"), audit.GetInt32("HistoryEntriesErased"), audit.GetInt32("EmailsErased")));
        Assert.Empty(await first.Store.GetRatingsAsync(firstId, "1.1", 1, CancellationToken.None));
        Assert.Empty(await second.Store.GetRatingsAsync(secondId, "1.1", 1, CancellationToken.None));
        await bot.CardUpdateAsync(firstCard, "0 of 6 have rated.", callsBefore);
        bot.Connector.AssertAllCardsValid();
    }

    private static JsonObject As(WorkshopDriver.Person person, JsonObject activity)
    {
        activity["from"] = new JsonObject { ["id"] = person.Id, ["name"] = person.Name };
        return activity;
    }

    private static JsonObject RateInvoke(string workshopId, string conversationId, string evidence)
    {
        var invoke = TeamsActivities.Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "rate",
                ["data"] = new JsonObject { ["workshopId"] = workshopId, ["proposalId"] = "1.1", ["round"] = 1, ["level"] = "2", ["evidence"] = evidence },
            },
        });
        invoke["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = OtherTenant };
        invoke["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = OtherTenant } };
        return invoke;
    }

    private async Task PostInOtherTenantAsync(WorkshopDriver.Person from, JsonObject activity)
    {
        var response = await bot.PostAsync(As(from, activity));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    // The same people in a second chat: the roster the connector returns lists each of them once.
    private WorkshopDriver<BotApp> SecondConversation()
    {
        var known = bot.Connector.Members.Count;
        var driver = new WorkshopDriver<BotApp>(bot);
        bot.Connector.Members.RemoveRange(known, bot.Connector.Members.Count - known);
        return driver;
    }

    private async Task<List<TableEntity>> PartitionAsync(string workshopId)
    {
        var table = bot.Services.GetRequiredService<TableStore>().Table(Tables.Workshops);
        return await table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {workshopId}")).Where(e => !StoredRow.IsCardCount(e)).ToListAsync();
    }

    private async Task<List<TableEntity>> AuditAsync()
    {
        var table = bot.Services.GetRequiredService<TableStore>().Table(Tables.Erasures);
        return await table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {LocalIdentityServer.TenantId} and PersonId eq {morag.Id}")).ToListAsync();
    }

    private sealed class EntityComparer : IEqualityComparer<TableEntity>
    {
        public bool Equals(TableEntity? x, TableEntity? y) => x?.RowKey == y?.RowKey && x?.ETag == y?.ETag;

        public int GetHashCode(TableEntity obj) => obj.RowKey.GetHashCode(StringComparison.Ordinal);
    }
}
