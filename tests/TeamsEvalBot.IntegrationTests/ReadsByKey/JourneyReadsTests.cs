using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests.ReadsByKey;

/// <summary>
/// Each journey's storage requests, recorded as the bot sends them: none runs an or across RowKeys
/// (a partition scan) or lacks a PartitionKey equality (a table scan), except the documented scans.
/// Only the journey's own steps are recorded, not the setting up, and the shared cards' refresher is
/// flushed before the check, so its reads count too.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class JourneyReadsTests(AzuriteFixture storage) : IDisposable
{
    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task TheRatingJourney_ReadsOnlyByKey()
    {
        var mark = bot.StorageRequests.Mark;
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync(SummarySteps.NewPartnership(out _));
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        await workshop.RateAsync(workshop.People[1], workshopId, "1.1", "1", "first");
        await workshop.RateAsync(workshop.People[2], workshopId, "1.1", "2", "second");
        await workshop.RateAsync(workshop.People[1], workshopId, "1.1", "3", "changed");
        await workshop.ActAsync(workshop.People[2], "refresh", Card(workshopId));
        await FlushSharedCardsAsync();

        KeyedReads.Assert("rating (start, post, rate, change, refresh)", bot.StorageRequests.Since(mark));
    }

    [Fact]
    public async Task TheRevealJourney_ReadsOnlyByKey()
    {
        var (workshop, workshopId) = await RatedAsync();
        var mark = bot.StorageRequests.Mark;

        await workshop.SayAsync(workshop.Facilitator, "close 1.1");
        await workshop.SayAsync(workshop.Facilitator, "reveal 1.1");
        await workshop.ActAsync(workshop.People[2], "refresh", Card(workshopId));
        await FlushSharedCardsAsync();

        KeyedReads.Assert("reveal (close, reveal, refresh)", bot.StorageRequests.Since(mark));
    }

    [Fact]
    public async Task TheReconcileJourney_ReadsOnlyByKey()
    {
        var (workshop, workshopId) = await RatedAsync();
        await workshop.SayAsync(workshop.Facilitator, "reveal 1.1");
        var mark = bot.StorageRequests.Mark;

        await workshop.SayAsync(workshop.Facilitator, "reconcile 1.1");
        var (_, saved) = await workshop.ActAsync(workshop.Facilitator, "agree", new JsonObject
        {
            ["workshopId"] = workshopId,
            ["proposalId"] = "1.1",
            ["round"] = 1,
            ["version"] = string.Empty,
            ["slots"] = 1,
            ["agreedLevel"] = "2",
            ["rationale"] = "The programme is joint.",
            ["dissent"] = string.Empty,
        });

        Assert.Contains("Saved. The agreed position is recorded", saved.Wire(), StringComparison.Ordinal);
        KeyedReads.Assert("reconcile (the reconcile command, the agree verb)", bot.StorageRequests.Since(mark));
    }

    [Fact]
    public async Task TheSummaryJourney_ReadsOnlyByKey()
    {
        var partnership = SummarySteps.NewPartnership(out _);
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync(partnership);
        await workshop.AgreeOneOneAsync(workshopId, "2");
        var sent = bot.Connector.SentCards.Count();
        var mark = bot.StorageRequests.Mark;

        await bot.SayInPersonalChatAsync(workshop.Facilitator, $"summary {partnership}");
        await workshop.SayAsync(workshop.People[1], "summary 1.1");

        var replies = bot.Connector.SentCards.Skip(sent).Select(c => c.Wire()).ToList();
        Assert.Contains("1.1 Established", replies[0], StringComparison.Ordinal);
        Assert.Contains("Agreed level: Established", replies[1], StringComparison.Ordinal);
        KeyedReads.Assert("summary (summary <partnership>, summary <id>)", bot.StorageRequests.Since(mark));
    }

    [Fact]
    public async Task TheOverviewJourney_ReadsTheTenantsWorkshopsFromOnePartition()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync(SummarySteps.NewPartnership(out _));
        await workshop.AgreeOneOneAsync(workshopId, "2");
        var sent = bot.Connector.SentCards.Count();
        var mark = bot.StorageRequests.Mark;

        await bot.SayInPersonalChatAsync(workshop.Facilitator, "overview");

        Assert.Contains(" you may read, each from its latest workshop", bot.ReplySince(sent), StringComparison.Ordinal);
        KeyedReads.Assert("overview", bot.StorageRequests.Since(mark));
    }

    /// <summary>
    /// EXPECTED TO FAIL until issue 14's rating path lands: today the rater's rows are read by one
    /// query with an or across five RowKeys (WorkshopStore.GetRaterContextAsync). After it, a rating
    /// in a blind workshop reads by point reads only and saves in one batch.
    /// </summary>
    [Fact]
    public async Task ARatingInABlindWorkshop_MakesNoQuery_OnlyPointReadsAndOneBatch()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        await workshop.RateAsync(workshop.People[1], workshopId, "1.1", "1", "first");
        await FlushSharedCardsAsync();

        IReadOnlyList<StorageRequest> requests;
        using (var flow = bot.StorageRequests.RecordFlow())
        {
            var (status, card) = await workshop.RateAsync(workshop.People[2], workshopId, "1.1", "2", "second");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("You rated this Established.", card.Wire(), StringComparison.Ordinal);
            requests = flow.Requests;
        }

        var kinds = requests.Select(r => StorageRequestCheck.Classify(r).Kind).ToList();
        var listed = string.Join('\n', requests.Select(r => $"  [{StorageRequestCheck.Classify(r).Kind}] {r}"));
        Assert.True(kinds.All(k => k is StorageAccessKind.PointRead or StorageAccessKind.Batch), $"A rating made more than point reads and a batch:\n{listed}");
        Assert.True(kinds.Count(k => k == StorageAccessKind.Batch) == 1, $"A rating made other than one batch:\n{listed}");
    }

    private static JsonObject Card(string workshopId) => new() { ["workshopId"] = workshopId, ["proposalId"] = "1.1", ["round"] = 1 };

    private Task FlushSharedCardsAsync() => bot.Services.GetRequiredService<SharedCardRefresher>().FlushAsync(CancellationToken.None);

    /// <summary>A blind workshop with 1.1 posted and rated by four people.</summary>
    private async Task<(WorkshopDriver<BotApp> Workshop, string WorkshopId)> RatedAsync()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync(SummarySteps.NewPartnership(out _));
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        string[] levels = ["0", "1", "2", "2"];
        for (var i = 0; i < levels.Length; i++)
        {
            await workshop.RateAsync(workshop.People[i], workshopId, "1.1", levels[i], $"evidence from {workshop.People[i].Name}");
        }

        return (workshop, workshopId);
    }
}
