using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>"import previous", "compare", "overview" and the facilitator's alpha on a real Azurite.</summary>
[Collection(StorageCollection.Name)]
public sealed partial class ProgressTests(AzuriteFixture storage) : IDisposable
{
    private const string Refusal = "You cannot read the summaries of ";

    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task ImportPrevious_ThenAWorkshopInTeams_CompareAndSummaryShowTheChange()
    {
        var partnership = SummarySteps.NewPartnership(out _);
        var workshop = new WorkshopDriver<BotApp>(bot);
        await ImportAsync(workshop, partnership, ("1.1", "2"), ("1.2", "1"));

        var workshopId = await workshop.StartAsync(partnership);
        await workshop.AgreeOneOneAsync(workshopId, "3");
        var sent = bot.Connector.SentCards.Count();
        await workshop.SayAsync(workshop.People[3], "compare");
        var compare = bot.ReplySince(sent);
        sent = bot.Connector.SentCards.Count();
        await workshop.SayAsync(workshop.People[3], "summary");
        var summary = bot.ReplySince(sent);

        Assert.Contains("Progress since the previous workshop", compare, StringComparison.Ordinal);
        Assert.Contains("workshop started 1 March 2019", compare, StringComparison.Ordinal);
        Assert.Contains("1.1 Established → Exemplary: up", compare, StringComparison.Ordinal);
        Assert.Contains("1.2 Partly established → pending", compare, StringComparison.Ordinal);
        Assert.Contains("1.3 pending → pending", compare, StringComparison.Ordinal);
        Assert.Contains("3.2 not rated (not for local completion)", compare, StringComparison.Ordinal);
        Assert.Contains("1.1 Exemplary · up (previous: Established)", summary, StringComparison.Ordinal);
        Assert.Contains("the workshop started 1 March 2019", summary, StringComparison.Ordinal);
        Assert.Contains(bot.Logs.GetSnapshot(), log => log.Id.Id == 2603);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task Compare_WithOneWorkshop_SaysHowToImport_AndAStrangerIsRefused()
    {
        var partnership = SummarySteps.NewPartnership(out _);
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync(partnership);
        await workshop.AgreeOneOneAsync(workshopId, "2");
        var stranger = SummarySteps.Stranger();
        var sent = bot.Connector.SentCards.Count();

        await workshop.SayAsync(workshop.People[2], $"compare {partnership}");
        var only = bot.ReplySince(sent);
        sent = bot.Connector.SentCards.Count();
        await bot.SayInPersonalChatAsync(stranger, $"compare {partnership}");
        var refused = bot.ReplySince(sent);

        Assert.Contains("There is only one workshop of ", only, StringComparison.Ordinal);
        Assert.Contains("import previous", only, StringComparison.Ordinal);
        Assert.Contains(Refusal, refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Established", refused, StringComparison.Ordinal);
        Assert.Contains(bot.Logs.GetSnapshot(), log => log.Id.Id == 2401 && log.Message.Contains(stranger.Id, StringComparison.Ordinal));
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task ImportPrevious_ByAParticipant_InAWorkshopChat_IsRefused()
    {
        var partnership = SummarySteps.NewPartnership(out _);
        var workshop = new WorkshopDriver<BotApp>(bot);
        await workshop.StartAsync(partnership);
        var sent = bot.Connector.SentCards.Count();

        await workshop.SayAsync(workshop.People[2], $"import previous {partnership} March 2019");
        var reply = bot.ReplySince(sent);
        var (status, card) = await workshop.ActAsync(workshop.People[2], "importPrevious", new JsonObject
        {
            ["importId"] = Guid.NewGuid().ToString("N"),
            ["partnership"] = partnership,
            ["date"] = "2019-03-01",
            ["level-1.1"] = "2",
        });

        Assert.Contains("Only the partnership's owners and the facilitators they appoint can import its previous round.", reply, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Nothing was imported.", card.Wire(), StringComparison.Ordinal);
        var started = (await workshop.Store.GetActiveAsync(workshop.ConversationId, CancellationToken.None))!.Value;
        Assert.Single(await bot.Services.GetRequiredService<TeamsEvalBot.Storage.Workshops.PartnershipIndexStore>().GetWorkshopsAsync(started.TenantId, started.PartnershipId, CancellationToken.None));
        Assert.Equal(2, bot.Logs.GetSnapshot().Count(log => log.Id.Id == 2604));
    }

    [Fact]
    public async Task Overview_CountsThePartnershipsAReaderMayRead_PerLevel()
    {
        var chief = SummarySteps.Stranger();

        // Each driver adds the same people to its app's roster, so the second workshop runs on an app of its own.
        using var other = new BotApp(storage.Azurite.ConnectionString);
        foreach (var (app, level) in new[] { (bot, "2"), (other, "3") })
        {
            var partnership = SummarySteps.NewPartnership(out _);
            var workshop = new WorkshopDriver<BotApp>(app);
            var workshopId = await workshop.StartAsync(partnership);
            await workshop.AgreeOneOneAsync(workshopId, level);
            await workshop.SayAboutAsync(workshop.Facilitator, "share summaries with", chief);
        }

        var sent = bot.Connector.SentCards.Count();
        await bot.SayInPersonalChatAsync(chief, "overview");
        var overview = bot.ReplySince(sent);
        sent = bot.Connector.SentCards.Count();
        await bot.SayInPersonalChatAsync(chief, "overview rag");
        var rag = bot.ReplySince(sent);

        Assert.Contains("2 partnerships you may read", overview, StringComparison.Ordinal);
        Assert.Contains("1.1 Not yet established 0 · Partly established 0 · Established 1 · Exemplary 1 · pending 0", overview, StringComparison.Ordinal);
        Assert.Contains("1.2 Not yet established 0 · Partly established 0 · Established 0 · Exemplary 0 · pending 2", overview, StringComparison.Ordinal);
        Assert.Contains("Green 2 · ", rag, StringComparison.Ordinal);
        Assert.Contains("Grey (pending) 0", rag, StringComparison.Ordinal);
        Assert.Contains("Green: Established or Exemplary.", rag, StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task Alpha_IsInAFacilitatorsSummary_AndNotInAParticipants()
    {
        var partnership = SummarySteps.NewPartnership(out _);
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync(partnership);
        await workshop.AgreeOneOneAsync(workshopId, "2");
        var sent = bot.Connector.SentCards.Count();

        await workshop.SayAsync(workshop.Facilitator, "summary");
        var facilitators = bot.ReplySince(sent);
        sent = bot.Connector.SentCards.Count();
        await workshop.SayAsync(workshop.People[3], "summary");
        var participants = bot.ReplySince(sent);

        Assert.Contains("Agreement across the workshop (Krippendorff's alpha, ordinal): ", facilitators, StringComparison.Ordinal);
        Assert.Contains("1 means full agreement, 0 means no better than chance.", facilitators, StringComparison.Ordinal);
        Assert.DoesNotContain("Krippendorff", participants, StringComparison.Ordinal);
    }

    /// <summary>Imports a paper round of March 2019 from the workshop's chat, before any workshop starts there.</summary>
    private async Task ImportAsync(WorkshopDriver<BotApp> workshop, string partnership, params (string Proposal, string Level)[] levels)
    {
        var sent = bot.Connector.SentCards.Count();
        await workshop.SayAsync(workshop.Facilitator, $"import previous {partnership} March 2019");
        var card = bot.ReplySince(sent);
        Assert.Contains("Import the previous self-evaluation", card, StringComparison.Ordinal);
        var data = new JsonObject
        {
            ["importId"] = ImportId().Match(card).Groups["id"].Value,
            ["partnership"] = partnership,
            ["date"] = "2019-03-01",
        };
        foreach (var (proposal, level) in levels)
        {
            data[$"level-{proposal}"] = level;
        }

        var (_, saved) = await workshop.ActAsync(workshop.Facilitator, "importPrevious", data);
        Assert.Contains($"Saved: {levels.Length} agreed levels", saved.Wire(), StringComparison.Ordinal);
    }

    [GeneratedRegex("\"importId\":\"(?<id>[0-9a-f]{32})\"")]
    private static partial Regex ImportId();
}
