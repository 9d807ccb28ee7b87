using System.Net;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>"summary" and "share summaries with" on a real Azurite: who may read, in which chat, and what the cards show.</summary>
[Collection(StorageCollection.Name)]
public sealed class SummaryTests(AzuriteFixture storage) : IDisposable
{
    private const string SummaryTitle = "Self-evaluation summary";
    private const string Refusal = "You cannot read the summaries of ";

    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task Summary_InTheWorkshopChat_ByAMember_ShowsLevelsPendingContestedAndActions()
    {
        var (workshop, _, _) = await AgreedAsync();
        var sent = bot.Connector.SentCards.Count();

        await workshop.SayAsync(workshop.People[3], "summary");

        var card = bot.ReplySince(sent);
        Assert.Contains(SummaryTitle, card, StringComparison.Ordinal);
        Assert.Contains("1.1 Established · contested", card, StringComparison.Ordinal);
        Assert.Contains("1.2 Pending", card, StringComparison.Ordinal);
        Assert.Contains("3.2 Not for local completion", card, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Established\",\"value\":\"1\"}", card, StringComparison.Ordinal);
        Assert.Contains("{\"title\":\"Pending\",\"value\":\"21\"}", card, StringComparison.Ordinal);
        Assert.Contains("1.1: ratings were 2 levels apart.", card, StringComparison.Ordinal);
        Assert.Contains("1 improvement action, 1 overdue.", card, StringComparison.Ordinal);
        Assert.Contains("no earlier workshop of this partnership", card, StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task Summary_ByAStranger_InA1to1Chat_IsRefused_AndLogged()
    {
        var (workshop, workshopId, partnership) = await AgreedAsync();
        var stranger = SummarySteps.Stranger();
        var before = await workshop.SnapshotAsync();
        var sent = bot.Connector.SentCards.Count();

        await bot.SayInPersonalChatAsync(stranger, $"summary {partnership}");
        await bot.SayInPersonalChatAsync(stranger, $"summary 1.1 {partnership}");

        var replies = bot.Connector.SentCards.Skip(sent).Select(c => c.Wire()).ToList();
        Assert.Equal(2, replies.Count);
        Assert.All(replies, reply =>
        {
            Assert.Contains(Refusal, reply, StringComparison.Ordinal);
            Assert.Contains("share summaries with", reply, StringComparison.Ordinal);
            Assert.DoesNotContain("Established", reply, StringComparison.Ordinal);
            Assert.DoesNotContain("The programme is joint.", reply, StringComparison.Ordinal);
        });
        Assert.Equal(2, bot.Logs.GetSnapshot().Count(log => log.Id.Id == 2401 && log.Message.Contains(workshopId, StringComparison.Ordinal) && log.Message.Contains(stranger.Id, StringComparison.Ordinal)));
        Assert.Equal(before, await workshop.SnapshotAsync());
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task ShareSummariesWith_LetsThatPersonRead_InA1to1Chat()
    {
        var (workshop, _, partnership) = await AgreedAsync();
        var chief = SummarySteps.Stranger();
        var sent = bot.Connector.SentCards.Count();

        await workshop.SayAboutAsync(workshop.Facilitator, "share summaries with", chief);
        await bot.SayInPersonalChatAsync(chief, $"summary {partnership}");

        var replies = bot.Connector.SentCards.Skip(sent).Select(c => c.Wire()).ToList();
        Assert.Contains("can now read the summaries of", replies[0], StringComparison.Ordinal);
        Assert.Contains(partnership, replies[0], StringComparison.Ordinal);
        Assert.Contains(SummaryTitle, replies[1], StringComparison.Ordinal);
        Assert.Contains("1.1 Established", replies[1], StringComparison.Ordinal);
        Assert.Contains("For one proposal in full, type summary 1.1 ", replies[1], StringComparison.Ordinal);
        Assert.Contains(bot.Logs.GetSnapshot(), log => log.Id.Id == 2403);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task ShareSummariesWith_FromAParticipant_IsRefused_AndSharesNothing()
    {
        var (workshop, _, partnership) = await AgreedAsync();
        var chief = SummarySteps.Stranger();
        var sent = bot.Connector.SentCards.Count();

        await workshop.SayAboutAsync(workshop.People[2], "share summaries with", chief);
        await bot.SayInPersonalChatAsync(chief, $"summary {partnership}");

        var replies = bot.Connector.SentCards.Skip(sent).Select(c => c.Wire()).ToList();
        Assert.Contains("Only its owners and the facilitators they appoint can share the summaries for", replies[0], StringComparison.Ordinal);
        Assert.Contains(Refusal, replies[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfiguredChiefOfficer_ReadsByEntraObjectId_InA1to1Chat()
    {
        var partnership = SummarySteps.NewPartnership(out _);
        const string ChiefAad = "00000000-0000-0000-0000-00000000c0c0";
        using var configured = new BotApp(storage.Azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Summaries:Readers:0:Partnership"] = partnership.ToUpperInvariant(),
            ["Summaries:Readers:0:People:0"] = ChiefAad,
        });
        var workshop = new WorkshopDriver<BotApp>(configured);
        var workshopId = await workshop.StartAsync(partnership);
        await workshop.AgreeOneOneAsync(workshopId, "2");
        var chief = SummarySteps.Stranger();
        var sent = configured.Connector.SentCards.Count();

        await configured.SayInPersonalChatAsync(chief, $"summary {partnership}", aadObjectId: ChiefAad);
        await configured.SayInPersonalChatAsync(chief, $"summary {partnership}", aadObjectId: "00000000-0000-0000-0000-0000000bad00");

        var replies = configured.Connector.SentCards.Skip(sent).Select(c => c.Wire()).ToList();
        Assert.Contains(SummaryTitle, replies[0], StringComparison.Ordinal);
        Assert.Contains(Refusal, replies[1], StringComparison.Ordinal);
        configured.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task Summary_InA1to1Chat_ByTheFacilitator_FindsThePartnershipByItsName_OrByOneWord()
    {
        var (workshop, _, partnership) = await AgreedAsync();
        var token = partnership.Split(' ')[0];
        var sent = bot.Connector.SentCards.Count();

        await bot.SayInPersonalChatAsync(workshop.Facilitator, $"summary {partnership.ToLowerInvariant()}");
        await bot.SayInPersonalChatAsync(workshop.Facilitator, $"summary {token}");

        var replies = bot.Connector.SentCards.Skip(sent).Select(c => c.Wire()).ToList();
        Assert.All(replies, reply => Assert.Contains("1.1 Established · contested", reply, StringComparison.Ordinal));
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task SummaryOfOneProposal_ShowsTheAgreedLevel_ItsIndicator_TheRationale_TheActions_AndTheRounds()
    {
        var (workshop, _, _) = await AgreedAsync();
        var sent = bot.Connector.SentCards.Count();

        await workshop.SayAsync(workshop.People[1], "summary 1.1");

        var card = bot.ReplySince(sent);
        var indicator = FrameworkCatalogue.LoadEmbedded().Default.FindProposal("1.1")!.Indicators[2];
        Assert.Contains("Agreed level: Established", card, StringComparison.Ordinal);
        Assert.Contains(System.Text.Json.Nodes.JsonValue.Create(indicator).Wire()[1..^1], card, StringComparison.Ordinal);
        Assert.Contains("The programme is joint.", card, StringComparison.Ordinal);
        Assert.Contains("The third sector would rate it lower.", card, StringComparison.Ordinal);
        Assert.Contains("Publish the joint leadership plan", card, StringComparison.Ordinal);
        Assert.Contains(" · NHS board · Due: ", card, StringComparison.Ordinal);
        Assert.Contains(" · Planned · Overdue", card, StringComparison.Ordinal);
        Assert.Contains("evidence from Person 2", card, StringComparison.Ordinal);
        Assert.Contains("Round 1: Not yet established 1, Partly established 1, Established 2, Exemplary 0", card, StringComparison.Ordinal);
        Assert.Contains("Contested: in round 1, ratings were 2 levels apart.", card, StringComparison.Ordinal);
        Assert.Contains("Agreed by ", card, StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task SummaryOfAPendingProposal_ShowsNoRatingsOfAnUnrevealedRound()
    {
        var (workshop, workshopId, _) = await AgreedAsync();
        await workshop.RateAsync(workshop.People[2], workshopId, "1.2", "3", "Hidden until the reveal");
        var sent = bot.Connector.SentCards.Count();

        await workshop.SayAsync(workshop.People[1], "summary 1.2");

        var card = bot.ReplySince(sent);
        Assert.Contains("No position is agreed for this proposal yet.", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden until the reveal", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Round 1:", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_AfterAPreviousWorkshop_ShowsTheChange_AndAnEndedWorkshopStaysReadable()
    {
        var partnership = SummarySteps.NewPartnership(out _);
        var workshop = new WorkshopDriver<BotApp>(bot);
        var firstId = await workshop.StartAsync(partnership);
        await workshop.AgreeOneOneAsync(firstId, "1", "Partly, last year.");
        await workshop.SayAsync(workshop.Facilitator, "end workshop");
        var sent = bot.Connector.SentCards.Count();
        await workshop.SayAsync(workshop.People[4], "summary");
        var ended = bot.ReplySince(sent);
        Assert.Contains("ended", ended, StringComparison.Ordinal);
        Assert.Contains("1.1 Partly established", ended, StringComparison.Ordinal);

        var secondId = await workshop.StartAsync(partnership);
        await workshop.AgreeOneOneAsync(secondId, "2", "Established this year.");
        sent = bot.Connector.SentCards.Count();
        await workshop.SayAsync(workshop.People[4], "summary");
        await workshop.SayAsync(workshop.People[4], "summary 1.1");

        var replies = bot.Connector.SentCards.Skip(sent).Select(c => c.Wire()).ToList();
        Assert.Contains("1.1 Established · up (previous: Partly established) · contested", replies[0], StringComparison.Ordinal);
        Assert.Contains("1.2 Pending", replies[0], StringComparison.Ordinal);
        Assert.Contains("the workshop started ", replies[0], StringComparison.Ordinal);
        Assert.Contains("still open", replies[0], StringComparison.Ordinal);
        Assert.Contains("Change since the previous workshop: up (previous: Partly established).", replies[1], StringComparison.Ordinal);
        Assert.Contains("Established this year.", replies[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Partly, last year.", replies[1], StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Theory]
    [InlineData("summary", "There is no workshop in this conversation")]
    [InlineData("summary Nowhere-at-all Health and Social Care Partnership", "I found no workshop for ")]
    public async Task Summary_WithNothingToShow_SaysWhatToDo(string command, string expected)
    {
        var sent = bot.Connector.SentCards.Count();

        Assert.Equal(HttpStatusCode.OK, (await bot.SayInPersonalChatAsync(SummarySteps.Stranger(), command)).StatusCode);

        var reply = bot.ReplySince(sent);
        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.Contains("summary Angus Health and Social Care Partnership", reply, StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task Summary_WithWordsThatMatchSeveralPartnerships_ListsThem_AndAnOverlongName_IsRefusedBriefly()
    {
        var token = $"Wordshire{Guid.NewGuid():N}"[..20];
        var workshop = new WorkshopDriver<BotApp>(bot);
        await workshop.StartAsync($"North {token} Health and Social Care Partnership");
        await workshop.SayAsync(workshop.Facilitator, "end workshop");
        await workshop.StartAsync($"South {token} Health and Social Care Partnership");
        var sent = bot.Connector.SentCards.Count();

        await bot.SayInPersonalChatAsync(workshop.Facilitator, $"summary {token}");
        await bot.SayInPersonalChatAsync(workshop.Facilitator, "summary " + new string('x', 5000));

        var replies = bot.Connector.SentCards.Skip(sent).Select(c => c.Wire()).ToList();
        Assert.Contains($"North {token} Health and Social Care Partnership; South {token} Health and Social Care Partnership", replies[0], StringComparison.Ordinal);
        Assert.Contains("I found no workshop for ", replies[1], StringComparison.Ordinal);
        Assert.True(replies[1].Length < 2000, "The refusal repeats the whole of a long name.");
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task SummaryOfAnUnknownProposal_SaysSo()
    {
        var (workshop, _, _) = await AgreedAsync();
        var sent = bot.Connector.SentCards.Count();

        await workshop.SayAsync(workshop.People[1], "summary 9.9");

        Assert.Contains("There is no proposal ", bot.ReplySince(sent), StringComparison.Ordinal);
    }

    /// <summary>A workshop of a partnership of its own, with 1.1 agreed at Established after contested ratings.</summary>
    private async Task<(WorkshopDriver<BotApp> Workshop, string WorkshopId, string Partnership)> AgreedAsync()
    {
        var partnership = SummarySteps.NewPartnership(out _);
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync(partnership);
        await workshop.AgreeOneOneAsync(workshopId, "2");
        return (workshop, workshopId, partnership);
    }
}
