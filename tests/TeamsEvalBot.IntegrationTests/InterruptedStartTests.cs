using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>
/// Storage fails part-way through "start workshop", after the conversation was claimed. The person
/// hears that the records were out of reach; their next start finishes that workshop, and the
/// conversation then holds exactly one, with its index rows, members and facilitator.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class InterruptedStartTests(AzuriteFixture storage)
{
    [Theory]
    [InlineData("/TenantWorkshops(", 1)]
    [InlineData("/PartnershipWorkshops(", 1)]
    [InlineData("/$batch", 1)] // the members
    [InlineData("/$batch", 2)] // the workshop row with its facilitator's role row, the last write
    public async Task AStartCutShortAfterTheClaim_IsFinishedByTheNextStart(string write, int nth)
    {
        var fault = new FaultAfterClaim(write, nth);
        using var bot = new BotApp(storage.Azurite.ConnectionString, configureServices: services => services.AddSingleton<HttpPipelinePolicy>(fault));
        var workshop = new WorkshopDriver<BotApp>(bot);
        var partnership = $"Interrupted Start {Guid.NewGuid():N}";

        (await workshop.SayAsync(workshop.Facilitator, $"start workshop {partnership}")).Dispose();
        var news = bot.Connector.SentCards.Last().Wire();
        var halfStarted = await PointedAtAsync(workshop.ConversationId);
        var openAfterTheFault = await workshop.Store.GetActiveAsync(workshop.ConversationId, CancellationToken.None);
        var workshopId = await workshop.StartAsync(partnership);
        var answer = bot.Connector.SentCards.Last().Wire();

        Assert.True(fault.Fired, "the fault was never injected");
        Assert.Contains(StorageUnavailableCard.Title, news, StringComparison.Ordinal);
        Assert.Null(openAfterTheFault);
        Assert.Equal(halfStarted, workshopId);
        Assert.Contains("Self-evaluation workshop", answer, StringComparison.Ordinal);
        Assert.Contains(partnership, answer, StringComparison.Ordinal);
        Assert.Equal(workshopId, await PointedAtAsync(workshop.ConversationId));
        Assert.Equal([workshopId], await WorkshopIdsAsync(Tables.Workshops, $"RowKey eq 'workshop' and ConversationId eq '{workshop.ConversationId}'", e => e.PartitionKey));
        Assert.Equal([workshopId], await WorkshopIdsAsync(Tables.TenantWorkshops, $"PartitionKey eq '{LocalIdentityServer.TenantId}' and ConversationId eq '{workshop.ConversationId}'", e => e.RowKey));
        // One row in the partnership's index, one in the tenant's listing.
        var listing = $"{LocalIdentityServer.TenantId}|*";
        Assert.Equal([workshopId], await WorkshopIdsAsync(Tables.PartnershipWorkshops, $"Partnership eq '{partnership}' and PartitionKey ne '{listing}'", e => e.GetString("WorkshopId")));
        Assert.Equal([workshopId], await WorkshopIdsAsync(Tables.PartnershipWorkshops, $"Partnership eq '{partnership}' and PartitionKey eq '{listing}'", e => e.GetString("WorkshopId")));
        var started = (await workshop.Store.GetAsync(workshopId, CancellationToken.None))!.Value;
        Assert.Equal((WorkshopStatus.Open, workshop.People.Count), (started.Status, started.MemberCount));
        Assert.Equal([workshop.Facilitator.Id], started.Facilitators.Select(f => f.Id));
        Assert.Equal(workshop.People.Count, (await workshop.Store.GetMembersAsync(workshopId, CancellationToken.None)).Count);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task AStartCutShort_FinishedBySomeoneElse_TellsThemTheWorkshopIsOpen()
    {
        var fault = new FaultAfterClaim("/$batch", 2);
        using var bot = new BotApp(storage.Azurite.ConnectionString, configureServices: services => services.AddSingleton<HttpPipelinePolicy>(fault));
        var workshop = new WorkshopDriver<BotApp>(bot);
        var partnership = $"Interrupted Start {Guid.NewGuid():N}";
        (await workshop.SayAsync(workshop.Facilitator, $"start workshop {partnership}")).Dispose();
        var halfStarted = await PointedAtAsync(workshop.ConversationId);

        (await workshop.SayAsync(workshop.People[1], $"start workshop Another {partnership}")).Dispose();
        var answer = bot.Connector.SentCards.Last().Wire();

        Assert.True(fault.Fired, "the fault was never injected");
        Assert.Contains("This conversation already has an open workshop for ", answer, StringComparison.Ordinal);
        var open = (await workshop.Store.GetActiveAsync(workshop.ConversationId, CancellationToken.None))!.Value;
        Assert.Equal((halfStarted, partnership), (open.Id, open.Partnership));
        Assert.Equal([workshop.Facilitator.Id], open.Facilitators.Select(f => f.Id));
        bot.Connector.AssertAllCardsValid();
    }

    private async Task<string?> PointedAtAsync(string conversationId)
    {
        var pointer = await new TableClient(storage.Azurite.ConnectionString, Tables.Conversations).GetEntityIfExistsAsync<TableEntity>(KeyEncoding.Encode(conversationId), "workshop");
        return pointer.HasValue ? pointer.Value!.GetString("WorkshopId") : null;
    }

    private async Task<List<string>> WorkshopIdsAsync(string table, string filter, Func<TableEntity, string> id)
    {
        var ids = new List<string>();
        await foreach (var entity in new TableClient(storage.Azurite.ConnectionString, table).QueryAsync<TableEntity>(filter))
        {
            ids.Add(id(entity));
        }

        return ids;
    }

    /// <summary>Fails, as an unwell service does (503), the <paramref name="nth"/> write to <paramref name="path"/> after the conversation's pointer was added.</summary>
    private sealed class FaultAfterClaim(string path, int nth) : HttpPipelinePolicy
    {
        private int claimed;
        private int seen;
        private int fired;

        public bool Fired => Volatile.Read(ref fired) == 1;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The bot calls storage asynchronously.");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var request = message.Request;
            var target = Uri.UnescapeDataString(request.Uri.Path);
            if (request.Method == RequestMethod.Post && target.EndsWith("/Conversations", StringComparison.Ordinal))
            {
                await ProcessNextAsync(message, pipeline);
                Interlocked.CompareExchange(ref claimed, 1, 0);
                return;
            }

            if (Volatile.Read(ref claimed) == 1 && request.Method != RequestMethod.Get && target.Contains(path, StringComparison.Ordinal)
                && Interlocked.Increment(ref seen) == nth && Interlocked.Exchange(ref fired, 1) == 0)
            {
                throw new RequestFailedException(503, "A storage fault injected by the test.");
            }

            await ProcessNextAsync(message, pipeline);
        }
    }
}
