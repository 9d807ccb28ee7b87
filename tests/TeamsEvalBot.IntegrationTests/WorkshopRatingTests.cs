using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>The participants' journey on a real Azurite: start, post, rate, reveal.</summary>
[Collection(StorageCollection.Name)]
public sealed class WorkshopRatingTests(AzuriteFixture storage) : IDisposable
{
    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task StartWorkshop_ReadsTheRosterOnce_AndMakesTheSenderFacilitator()
    {
        var workshop = new WorkshopDriver<BotApp>(bot, participants: 6);

        var workshopId = await workshop.StartAsync();

        var stored = (await workshop.Store.GetAsync(workshopId, CancellationToken.None))!.Value;
        Assert.Equal("Angus Health and Social Care Partnership", stored.Partnership);
        Assert.Equal("msg-2019", stored.FrameworkId);
        Assert.Equal([workshop.Facilitator.Id], stored.Facilitators.Select(f => f.Id));
        Assert.Equal(6, stored.MemberCount);
        Assert.Single(bot.Connector.Calls, c => c.Path.EndsWith("/pagedmembers", StringComparison.Ordinal));
        var members = await workshop.Store.GetMembersAsync(workshopId, CancellationToken.None);
        Assert.Equal(PartnerOrganisation.NhsBoard, members.Single(m => m.Id == "29:person-0").Organisation);
        Assert.Equal(PartnerOrganisation.LocalAuthority, members.Single(m => m.Id == "29:person-1").Organisation);
        Assert.Equal(PartnerOrganisation.Unknown, members.Single(m => m.Id == "29:person-4").Organisation);
        var card = Assert.Single(bot.Connector.SentCards);
        Assert.Contains("Self-evaluation workshop", card.ToJsonString(), StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task StartWorkshop_WhenOneIsOpen_IsRefusedClearly()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        await workshop.StartAsync();
        var before = await workshop.SnapshotAsync();

        await workshop.SayAsync(workshop.People[1], "start workshop Another Partnership");

        Assert.Contains("already has an open workshop", bot.Connector.SentCards.Last().ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await workshop.SnapshotAsync());
    }

    [Fact]
    public async Task StartWorkshop_WithTheDemoFramework_UsesIt()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);

        var response = await workshop.SayAsync(workshop.Facilitator, "start workshop Test Partnership framework ci-demo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await workshop.Store.GetActiveAsync(workshop.ConversationId, CancellationToken.None);
        Assert.Equal("ci-demo", stored!.Value.FrameworkId);
    }

    [Fact]
    public async Task Post_PutsTheProposalCardInTheChat_AndRecordsIt()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();

        await workshop.SayAsync(workshop.Facilitator, "post 1.1");

        var card = bot.Connector.SentCards.Last();
        Assert.Contains("Proposal 1.1", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("0 of 5 have rated.", card.ToJsonString(), StringComparison.Ordinal);
        var progress = await workshop.Store.GetProgressAsync(workshopId, "1.1", CancellationToken.None);
        Assert.Equal(ProposalStatus.Open, progress!.Value.Status);
        Assert.NotNull(progress.Value.CardActivityId);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task Rate_StoresTheRatingWithFourStorageRequests_AndAnswersWithTheOwnView_WithoutACount()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        var rater = workshop.People[2];

        int requests;
        (HttpStatusCode Status, JsonNode Card) answer;
        using (var scope = TableCallCounter.Begin())
        {
            answer = await workshop.RateAsync(rater, workshopId, "1.1", "2", "The locality teams share one plan.", "Publish the plan.");
            requests = scope.Count;
        }

        // The workshop, roster and role rows, then the rating's transaction: nothing that grows with the workshop.
        Assert.Equal(4, requests);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("You rated this Established.", answer.Card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("have rated", answer.Card.ToJsonString(), StringComparison.Ordinal);
        var ratings = await workshop.Store.GetRatingsAsync(workshopId, "1.1", 1, CancellationToken.None);
        var rating = Assert.Single(ratings);
        Assert.Equal((2, "The locality teams share one plan.", PartnerOrganisation.LocalAuthority), (rating.LevelRank, rating.Evidence, rating.Organisation));
    }

    [Fact]
    public async Task Rate_LeavesTheCountToTheSharedCard_WhichCountsAChangedRatingOnce()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        var cardId = (await workshop.Store.GetProgressAsync(workshopId, "1.1", CancellationToken.None))!.Value.CardActivityId!;

        var first = await workshop.RateAsync(workshop.People[1], workshopId, "1.1", "1", "first");
        await bot.CardUpdateAsync(cardId, "1 of 5 have rated.");
        var second = await workshop.RateAsync(workshop.People[2], workshopId, "1.1", "2", "second");
        await bot.CardUpdateAsync(cardId, "2 of 5 have rated.");
        var callsBeforeChange = bot.Connector.Calls.Count;
        var changed = await workshop.RateAsync(workshop.People[1], workshopId, "1.1", "3", "changed");

        // The card is drawn again after the change, and still counts two people.
        await bot.CardUpdateAsync(cardId, "2 of 5 have rated.", skipCalls: callsBeforeChange);
        Assert.All([first, second, changed], answer => Assert.DoesNotContain("have rated", answer.Card.ToJsonString(), StringComparison.Ordinal));
        Assert.Contains("You rated this Exemplary.", changed.Card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_WithOpenResults_CostsWhatABlindRatingCosts_AndTheSharedCardShowsTheLiveTally()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.ActAsync(workshop.Facilitator, "settings", new JsonObject { ["workshopId"] = workshopId, ["anonymity"] = "named", ["blind"] = "false", ["minimumGroupSize"] = "1", ["domains"] = "" });
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        var cardId = (await workshop.Store.GetProgressAsync(workshopId, "1.1", CancellationToken.None))!.Value.CardActivityId!;
        await workshop.RateAsync(workshop.People[1], workshopId, "1.1", "1", "first");

        int requests;
        (HttpStatusCode Status, JsonNode Card) second;
        using (var scope = TableCallCounter.Begin())
        {
            second = await workshop.RateAsync(workshop.People[2], workshopId, "1.1", "2", "second");
            requests = scope.Count;
        }

        Assert.DoesNotContain("have rated", second.Card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(4, requests);
        await bot.CardUpdateAsync(cardId, "2 of 5 have rated.");
    }

    [Fact]
    public async Task Rate_AfterClose_StoresNothing_AndSaysTheProposalClosed()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        await workshop.RateAsync(workshop.People[1], workshopId, "1.1", "1", "in time");
        await workshop.SayAsync(workshop.Facilitator, "close 1.1");
        var before = await workshop.SnapshotAsync();

        var late = await workshop.RateAsync(workshop.People[2], workshopId, "1.1", "2", "too late");

        Assert.Contains("This proposal is closed, so your rating was not saved.", late.Card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await workshop.SnapshotAsync());
        Assert.Equal(RatingSave.RoundNotOpen, await workshop.Store.SaveRatingAsync(workshopId, "1.1", 1, new RatingEntry(workshop.People[3].Id, "Person 3", PartnerOrganisation.NhsBoard, 2, "behind the bot's back", string.Empty, DateTimeOffset.UtcNow), "late-activity", CancellationToken.None));
        Assert.Single(await workshop.Store.GetRatingsAsync(workshopId, "1.1", 1, CancellationToken.None));
    }

    [Fact]
    public async Task Rate_DeliveredTwice_CountsOnce_AndAChangeIsKeptInTheHistory()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        var rater = workshop.People[1];

        await workshop.RateAsync(rater, workshopId, "1.1", "1", "first", activityId: "delivery-1");
        await workshop.RateAsync(rater, workshopId, "1.1", "1", "first", activityId: "delivery-1");
        await workshop.RateAsync(rater, workshopId, "1.1", "3", "changed my mind", activityId: "delivery-2");

        var rating = Assert.Single(await workshop.Store.GetRatingsAsync(workshopId, "1.1", 1, CancellationToken.None));
        Assert.Equal(3, rating.LevelRank);
        var history = await RatingHistory.ReadAsync(workshop.Bot.Services.GetRequiredService<TableStore>().Table(Tables.Workshops), workshopId, "1.1");
        Assert.Equal([1, 3], history.Select(h => h.LevelRank));
    }

    public static TheoryData<string, string, string, string> BadRatings => new()
    {
        { "a level off the scale", "7", "evidence", "not one of the four" },
        { "a level that is not a number", "Excellent", "evidence", "not one of the four" },
        { "no level at all", "", "evidence", "not one of the four" },
        { "evidence over the limit", "2", new string('e', 2001), "The limit is 2,000" },
        { "control characters", "2", "bell\u0007 escape\u001B", "control characters" },
    };

    [Theory]
    [MemberData(nameof(BadRatings))]
    public async Task Rate_WithBadInput_GetsAnErrorCardThatKeepsTheInput_AndStoresNothing(string why, string level, string evidence, string expected)
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        var before = await workshop.SnapshotAsync();

        var (status, card) = await workshop.RateAsync(workshop.People[1], workshopId, "1.1", level, evidence, "my action");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(card.ToJsonString().Contains(expected, StringComparison.Ordinal), $"{why}: {card.ToJsonString()[..Math.Min(600, card.ToJsonString().Length)]}");
        Assert.Contains(Inputs(card), i => i["id"]!.GetValue<string>() == "evidence" && i["value"]?.GetValue<string>() == evidence);
        Assert.Contains(Inputs(card), i => i["id"]!.GetValue<string>() == "suggestedAction" && i["value"]?.GetValue<string>() == "my action");
        Assert.Equal(before, await workshop.SnapshotAsync());
        Assert.Contains(bot.Logs.GetSnapshot(), log => log.Id.Id == 2201);
    }

    [Theory]
    [InlineData("an unknown workshop", "0123456789abcdef0123456789abcdef", "1.1", "cannot find the workshop")]
    [InlineData("a forbidden key character", "0123456789abcdef0123456789abcde/", "1.1", "cannot find the workshop")]
    [InlineData("an unknown proposal", null, "9.9", "not posted")]
    [InlineData("a proposal id with key characters", null, "1#1", "cannot find the proposal")]
    [InlineData("a proposal that is not posted", null, "1.2", "not posted")]
    public async Task Rate_ForAnUnknownTarget_GetsAnErrorCard_AndStoresNothing(string why, string? workshopId, string proposalId, string expected)
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var realId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        var before = await workshop.SnapshotAsync();

        var (_, card) = await workshop.RateAsync(workshop.People[1], workshopId ?? realId, proposalId, "2", "evidence");

        Assert.True(card.ToJsonString().Contains(expected, StringComparison.Ordinal), $"{why}: {card.ToJsonString()}");
        Assert.Equal(before, await workshop.SnapshotAsync());
    }

    [Fact]
    public async Task Rate_FromAnotherConversation_IsTreatedAsUnknown()
    {
        var home = new WorkshopDriver<BotApp>(bot);
        var workshopId = await home.StartAsync();
        await home.SayAsync(home.Facilitator, "post 1.1");
        var elsewhere = new WorkshopDriver<BotApp>(bot, participants: 1);
        var before = await home.SnapshotAsync();

        var (_, card) = await elsewhere.RateAsync(elsewhere.People[0], workshopId, "1.1", "2", "evidence");

        Assert.Contains("cannot find the workshop", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await home.SnapshotAsync());
    }

    [Fact]
    public async Task Rate_OnAClosedProposal_IsRefused_AndStoresNothing()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        await workshop.SayAsync(workshop.Facilitator, "close 1.1");
        var before = await workshop.SnapshotAsync();

        var (_, card) = await workshop.RateAsync(workshop.People[1], workshopId, "1.1", "2", "too late");

        Assert.Contains("This proposal is closed, so your rating was not saved.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("too late", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await workshop.SnapshotAsync());
    }

    [Fact]
    public async Task Rate_OnAProposalNotForLocalCompletion_IsRefused()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 3.2");
        var before = await workshop.SnapshotAsync();

        var (_, card) = await workshop.RateAsync(workshop.People[1], workshopId, "3.2", "2", "evidence");

        Assert.Contains("not for local completion", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await workshop.SnapshotAsync());
    }

    [Theory]
    [InlineData("post 1.1")]
    [InlineData("close 1.1")]
    [InlineData("reveal 1.1")]
    [InlineData("remind")]
    [InlineData("set organisation <at>Person 1</at> ijb")]
    public async Task FacilitatorCommands_FromAParticipant_AreRefused_AndChangeNothing(string command)
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.2");
        var before = await workshop.SnapshotAsync();
        var sentBefore = bot.Connector.SentActivities.Count();

        await workshop.SayAsync(workshop.People[3], command);

        Assert.Equal(before, await workshop.SnapshotAsync());
        var refusal = bot.Connector.SentActivities.Skip(sentBefore).Single();
        Assert.Contains("Only a facilitator can", refusal.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Ask Person 0 to do it.", refusal.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_FromAParticipant_AreRefused_AndChangeNothing()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        var before = await workshop.SnapshotAsync();

        var (_, card) = await workshop.ActAsync(workshop.People[2], "settings", new JsonObject { ["workshopId"] = workshopId, ["anonymity"] = "anonymous", ["blind"] = "false", ["minimumGroupSize"] = "1", ["domains"] = "" });

        Assert.Contains("Only a facilitator can change the settings", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await workshop.SnapshotAsync());
    }

    [Fact]
    public async Task Settings_FromTheFacilitator_AreSaved()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();

        var (_, card) = await workshop.ActAsync(workshop.Facilitator, "settings", new JsonObject
        {
            ["workshopId"] = workshopId,
            ["anonymity"] = "anonymous",
            ["blind"] = "false",
            ["minimumGroupSize"] = "3",
            ["domains"] = "nhs.scot = NHS board\nvaa.org.uk = third sector",
        });

        Assert.Contains("Settings saved.", card.ToJsonString(), StringComparison.Ordinal);
        var settings = (await workshop.Store.GetAsync(workshopId, CancellationToken.None))!.Value.Settings;
        Assert.Equal((Anonymity.Anonymous, false, 3), (settings.Anonymity, settings.BlindUntilReveal, settings.MinimumGroupSize));
        Assert.Equal(PartnerOrganisation.ThirdSector, settings.Domains["vaa.org.uk"]);
    }

    [Fact]
    public async Task WorkshopSaves_QuoteTheirETag_SoAConcurrentChangeIsNotLostSilently()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        var first = (await workshop.Store.GetAsync(workshopId, CancellationToken.None))!;
        var second = (await workshop.Store.GetAsync(workshopId, CancellationToken.None))!;

        await workshop.Store.UpdateAsync(first.Value with { Settings = first.Value.Settings with { MinimumGroupSize = 4 } }, first.ETag, CancellationToken.None);

        await Assert.ThrowsAsync<Storage.ConcurrentChangeException>(() =>
            workshop.Store.UpdateAsync(second.Value with { Settings = second.Value.Settings with { Anonymity = Anonymity.Anonymous } }, second.ETag, CancellationToken.None));
        var stored = (await workshop.Store.GetAsync(workshopId, CancellationToken.None))!.Value.Settings;
        Assert.Equal((4, Anonymity.Named), (stored.MinimumGroupSize, stored.Anonymity));
    }

    [Fact]
    public async Task Reveal_UpdatesTheSharedCardWithTheDistribution()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        await workshop.RateAsync(workshop.People[0], workshopId, "1.1", "2", "A");
        await workshop.RateAsync(workshop.People[1], workshopId, "1.1", "2", "B");
        await workshop.RateAsync(workshop.People[2], workshopId, "1.1", "1", "C");

        await workshop.SayAsync(workshop.Facilitator, "reveal 1.1");

        var put = bot.Connector.Calls.Last(c => c.Method == HttpMethod.Put);
        var card = put.Body!["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("Established: 2 of 3 (67%)", card, StringComparison.Ordinal);
        Assert.Contains("Partly established: 1 of 3 (33%)", card, StringComparison.Ordinal);
        await CardAssert.ValidMessageAsync(put.Body!, "the revealed card");
        Assert.Equal(ProposalStatus.Revealed, (await workshop.Store.GetProgressAsync(workshopId, "1.1", CancellationToken.None))!.Value.Status);
    }

    [Fact]
    public async Task Remind_MentionsOnlyThoseWhoHaveNotRated()
    {
        var workshop = new WorkshopDriver<BotApp>(bot, participants: 4);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        await workshop.RateAsync(workshop.People[1], workshopId, "1.1", "2");

        await workshop.SayAsync(workshop.Facilitator, "remind");

        var reminder = bot.Connector.SentActivities.Last();
        var mentioned = reminder["entities"]!.AsArray().Select(e => e!["mentioned"]!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(["29:person-0", "29:person-2", "29:person-3"], mentioned);
        Assert.All(reminder["entities"]!.AsArray(), e => Assert.Contains(e!["text"]!.GetValue<string>(), reminder["text"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Organisation_CanBeDeclared_AndSetByTheFacilitator()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();

        await workshop.SayAsync(workshop.People[4], "my organisation third sector");
        var mention = TeamsActivities.GroupMention("set organisation <at>Person 1</at> IJB", workshop.ConversationId);
        mention["from"] = new JsonObject { ["id"] = workshop.Facilitator.Id, ["name"] = workshop.Facilitator.Name };
        mention["entities"]!.AsArray().Add(new JsonObject { ["type"] = "mention", ["text"] = "<at>Person 1</at>", ["mentioned"] = new JsonObject { ["id"] = "29:person-1", ["name"] = "Person 1" } });
        await bot.PostAsync(mention);

        var members = await workshop.Store.GetMembersAsync(workshopId, CancellationToken.None);
        Assert.Equal((PartnerOrganisation.ThirdSector, OrganisationSource.Declared), members.Where(m => m.Id == "29:person-4").Select(m => (m.Organisation, m.Source)).Single());
        Assert.Equal((PartnerOrganisation.Ijb, OrganisationSource.SetByFacilitator), members.Where(m => m.Id == "29:person-1").Select(m => (m.Organisation, m.Source)).Single());
    }

    [Fact]
    public async Task PostAll_PostsEveryProposalInOrder_InsideThePerThreadRateLimits()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        await workshop.StartAsync();
        bot.Connector.Clear();

        await workshop.SayAsync(workshop.Facilitator, "post all");

        var posts = bot.Connector.Calls.Where(c => c.Method == HttpMethod.Post).ToList();
        Assert.Equal(25, posts.Count);
        var ids = posts.Select(p => System.Text.RegularExpressions.Regex.Match(p.Body!.ToJsonString(), @"Proposal (\d\.\d)").Groups[1].Value).ToList();
        Assert.Equal(Domain.Frameworks.FrameworkCatalogue.LoadEmbedded().Default.Proposals.Select(p => p.Id), ids);
        Assert.Equal(0, RateLimitAudit.Breaches(posts.Select(p => p.At)));
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task TwoHundredConcurrentRaters_AreAllStoredAndCounted()
    {
        const int raters = 200;
        var workshop = new WorkshopDriver<BotApp>(bot, participants: raters);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");

        await Task.WhenAll(workshop.People.Select((p, i) => workshop.RateAsync(p, workshopId, "1.1", (i % 4).ToString(System.Globalization.CultureInfo.InvariantCulture), $"Evidence from {p.Name}")));
        await bot.Services.GetRequiredService<SharedCardRefresher>().FlushAsync(CancellationToken.None);

        Assert.Equal(raters, (await workshop.Store.GetRatingsAsync(workshopId, "1.1", 1, CancellationToken.None)).Count);
        Assert.Equal(raters, (await RatingHistory.ReadAsync(workshop.Bot.Services.GetRequiredService<TableStore>().Table(Tables.Workshops), workshopId, "1.1")).Count);
        var model = await bot.Services.GetRequiredService<ProposalCardLoader>().LoadAsync(workshopId, "1.1", CancellationToken.None);
        Assert.Equal(raters, model!.Tally().Count);
        var lastPut = bot.Connector.Calls.Last(c => c.Method == HttpMethod.Put);
        Assert.Contains($"{raters} of {raters} have rated.", lastPut.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.True(bot.Connector.Calls.Count(c => c.Method == HttpMethod.Put) < 20, "shared card updates were not coalesced");
    }

    [Fact]
    public async Task ActionSubmitFallback_StoresTheRating_WithoutShowingItToTheGroup()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        var submit = TeamsActivities.GroupMention(string.Empty, workshop.ConversationId);
        submit["text"] = null;
        submit.Remove("entities");
        submit["from"] = new JsonObject { ["id"] = workshop.People[1].Id, ["name"] = workshop.People[1].Name };
        submit["value"] = new JsonObject { ["verb"] = "rate", ["workshopId"] = workshopId, ["proposalId"] = "1.1", ["round"] = 1, ["level"] = "3", ["evidence"] = "private words" };

        var response = await bot.PostAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, Assert.Single(await workshop.Store.GetRatingsAsync(workshopId, "1.1", 1, CancellationToken.None)).LevelRank);
        var reply = bot.Connector.SentActivities.Last().ToJsonString();
        Assert.Contains("I received your answer.", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("private words", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_WithMarkdownAndHtml_StoresTheTextAsGiven_AndShowsItInert()
    {
        const string hostile = "[Click here](https://evil.example/login) **urgent** <at>Chief Officer</at> <script>alert(1)</script>";
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        var callsBefore = bot.Connector.Calls.Count;

        var (_, card) = await workshop.RateAsync(workshop.People[1], workshopId, "1.1", "2", hostile);

        Assert.Equal(hostile, Assert.Single(await workshop.Store.GetRatingsAsync(workshopId, "1.1", 1, CancellationToken.None)).Evidence);
        var shownAs = Descendants(card).Where(e => e["text"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && e["text"]!.GetValue<string>().Contains("evil.example", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(shownAs);
        Assert.All(shownAs, e => Assert.Equal("TextRun", e["type"]!.GetValue<string>()));

        // The rating read the roster from storage: no connector call asked Teams who the rater is.
        Assert.DoesNotContain(bot.Connector.Calls.Skip(callsBefore), c => c.Method == HttpMethod.Get);
    }

    [Fact]
    public async Task MemberAdded_JoinsTheRoster_AndCountsOnTheCards()
    {
        var workshop = new WorkshopDriver<BotApp>(bot, participants: 3);
        var workshopId = await workshop.StartAsync();
        bot.Connector.Members.Add(new JsonObject { ["id"] = "29:newcomer", ["name"] = "New Comer", ["email"] = "new.comer_nhs.scot#EXT#@angus.onmicrosoft.com" });
        var joined = TeamsActivities.BotAdded(workshop.ConversationId);
        joined["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:newcomer" });

        await bot.PostAsync(joined);

        var stored = (await workshop.Store.GetAsync(workshopId, CancellationToken.None))!.Value;
        Assert.Equal(4, stored.MemberCount);
        var newcomer = Assert.Single(await workshop.Store.GetMembersAsync(workshopId, CancellationToken.None), m => m.Id == "29:newcomer");
        Assert.Equal(("new.comer@nhs.scot", PartnerOrganisation.NhsBoard), (newcomer.Email, newcomer.Organisation));
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => p.Value is null ? [] : Descendants(p.Value))),
        JsonArray a => a.SelectMany(e => e is null ? [] : Descendants(e)),
        _ => [],
    };

    private static IEnumerable<JsonNode> Inputs(JsonNode card) =>
        card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal))!;
}
