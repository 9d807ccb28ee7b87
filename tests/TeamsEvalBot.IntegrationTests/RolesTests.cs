using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Storage;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>Facilitators, participants and observers: who may do what, on a real Azurite.</summary>
[Collection(StorageCollection.Name)]
public sealed partial class RolesTests(AzuriteFixture storage) : IDisposable
{
    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    public void Dispose() => bot.Dispose();

    [Theory]
    [InlineData("add facilitator", false)]
    [InlineData("add facilitator", true)]
    [InlineData("add observer", false)]
    [InlineData("add observer", true)]
    [InlineData("remove observer", false)]
    [InlineData("remove observer", true)]
    [InlineData("end workshop", false)]
    [InlineData("end workshop", true)]
    public async Task FacilitatorCommands_FromAParticipantOrAnObserver_AreRefused_AndChangeNothing(string command, bool byObserver)
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        var observer = workshop.People[4];
        await workshop.SayAboutAsync(workshop.Facilitator, "add observer", observer);
        var sender = byObserver ? observer : workshop.People[3];
        var about = command == "remove observer" ? observer : workshop.People[2];
        var before = await workshop.SnapshotAsync();
        var sentBefore = bot.Connector.SentActivities.Count();

        if (command == "end workshop")
        {
            await workshop.SayAsync(sender, command);
        }
        else
        {
            await workshop.SayAboutAsync(sender, command, about);
        }

        Assert.Equal(before, await workshop.SnapshotAsync());
        var refusal = bot.Connector.SentActivities.Skip(sentBefore).Single().ToJsonString();
        Assert.Contains("Only a facilitator can", refusal, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed.", refusal, StringComparison.Ordinal);
        Assert.Contains("Ask Person 0 to do it.", refusal, StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Theory]
    [InlineData(4, "You are already observing this workshop. Nothing was changed.")]
    [InlineData(0, "You facilitate this workshop, so you cannot also observe it. Nothing was changed.")]
    public async Task Observe_ByAnObserverOrAFacilitator_ChangesNothing_AndSaysWhy(int sender, string expected)
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        await workshop.StartAsync();
        await workshop.SayAsync(workshop.People[4], "observe");
        var before = await workshop.SnapshotAsync();

        await workshop.SayAsync(workshop.People[sender], "observe");

        Assert.Equal(before, await workshop.SnapshotAsync());
        Assert.Contains(expected, bot.Connector.SentCards.Last().ToJsonString(), StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task Observe_FromAParticipant_MakesThemAnObserver()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();

        await workshop.SayAsync(workshop.People[3], "observe");

        var stored = (await workshop.Store.GetAsync(workshopId, CancellationToken.None))!.Value;
        Assert.Equal([(workshop.People[3].Id, workshop.People[3].Name)], stored.Observers.Select(o => (o.Id, o.Name)));
        Assert.Contains("You are now observing this workshop.", bot.Connector.SentCards.Last().ToJsonString(), StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task BecomingAnObserver_AfterRating_IsRefused_AndChangesNothing()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        await workshop.RateAsync(workshop.People[2], workshopId, "1.1", "2", "We share one plan.");
        var before = await workshop.SnapshotAsync();

        await workshop.SayAsync(workshop.People[2], "observe");
        var ownAnswer = bot.Connector.SentCards.Last().ToJsonString();
        await workshop.SayAboutAsync(workshop.Facilitator, "add observer", workshop.People[2]);
        var facilitatorAnswer = bot.Connector.SentCards.Last().ToJsonString();

        Assert.Equal(before, await workshop.SnapshotAsync());
        Assert.Contains("You have already rated in this workshop, so you cannot become an observer. Nothing was changed.", ownAnswer, StringComparison.Ordinal);
        Assert.Contains("has already rated in this workshop, so they cannot become an observer. Nothing was changed.", facilitatorAnswer, StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Theory]
    [InlineData("add facilitator", 4, "is observing this workshop, so they cannot also facilitate it. Nothing was changed.")]
    [InlineData("add observer", 0, "facilitates this workshop, so they cannot also be an observer. Nothing was changed.")]
    public async Task OneRoleCannotBeGivenToTheHolderOfTheOther_AndSaysSo(string command, int about, string expected)
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        await workshop.StartAsync();
        await workshop.SayAsync(workshop.People[4], "observe");
        var before = await workshop.SnapshotAsync();

        await workshop.SayAboutAsync(workshop.Facilitator, command, workshop.People[about]);

        Assert.Equal(before, await workshop.SnapshotAsync());
        var answer = bot.Connector.SentCards.Last().ToJsonString();
        Assert.Contains(expected, answer, StringComparison.Ordinal);
        Assert.Contains("Something needs changing", answer, StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Theory]
    [InlineData("add facilitator")]
    [InlineData("add observer")]
    [InlineData("remove observer")]
    public async Task RoleCommands_WithoutAMention_SayHowToNameSomeone_AndChangeNothing(string command)
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        await workshop.StartAsync();
        var before = await workshop.SnapshotAsync();

        await workshop.SayAsync(workshop.Facilitator, $"{command} Person 2");

        Assert.Equal(before, await workshop.SnapshotAsync());
        Assert.Contains("I need one person, @mentioned in the message. Nothing was changed.", bot.Connector.SentCards.Last().ToJsonString(), StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task AnAddedFacilitator_CanPostAndReveal()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        var second = workshop.People[1];

        await workshop.SayAboutAsync(workshop.Facilitator, "add facilitator", second);
        await workshop.SayAsync(second, "post 1.1");
        await workshop.RateAsync(workshop.People[2], workshopId, "1.1", "2", "A");
        await workshop.SayAsync(second, "reveal 1.1");

        var stored = (await workshop.Store.GetAsync(workshopId, CancellationToken.None))!.Value;
        Assert.Equal([workshop.Facilitator.Id, second.Id], stored.Facilitators.Select(f => f.Id));
        Assert.Equal(ProposalStatus.Revealed, (await workshop.Store.GetProgressAsync(workshopId, "1.1", CancellationToken.None))!.Value.Status);
        Assert.Contains(bot.Connector.SentCards, c => c.ToJsonString().Contains("is now a facilitator of this workshop.", StringComparison.Ordinal));
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task AnObserversRating_GetsTheErrorCard_AndIsNotStored()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        await workshop.SayAboutAsync(workshop.Facilitator, "add observer", workshop.People[3]);
        var before = await workshop.SnapshotAsync();

        var (_, card) = await workshop.RateAsync(workshop.People[3], workshopId, "1.1", "2", "An observer's view");

        Assert.Contains("You are observing this workshop, so your rating was not saved.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("ask a facilitator to remove you as an observer", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await workshop.SnapshotAsync());
        Assert.Empty(await workshop.Store.GetRatingsAsync(workshopId, "1.1", 1, CancellationToken.None));
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task RemovingAnObserver_LetsThemRate()
    {
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        await workshop.SayAsync(workshop.People[3], "observe");

        await workshop.SayAboutAsync(workshop.Facilitator, "remove observer", workshop.People[3]);
        var (_, card) = await workshop.RateAsync(workshop.People[3], workshopId, "1.1", "1", "Rating after all");

        Assert.Contains("You rated this Partly established.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty((await workshop.Store.GetAsync(workshopId, CancellationToken.None))!.Value.Observers);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task CountsOfRaters_LeaveObserversOut()
    {
        var workshop = new WorkshopDriver<BotApp>(bot, participants: 5);
        var workshopId = await workshop.StartAsync();
        await workshop.SayAsync(workshop.Facilitator, "post 1.1");
        var cardId = (await workshop.Store.GetProgressAsync(workshopId, "1.1", CancellationToken.None))!.Value.CardActivityId!;
        Assert.Contains("0 of 5 have rated.", bot.Connector.SentCards.Last().ToJsonString(), StringComparison.Ordinal);

        await workshop.SayAboutAsync(workshop.Facilitator, "add observer", workshop.People[4]);
        await bot.CardUpdateAsync(cardId, "0 of 4 have rated.");
        await workshop.RateAsync(workshop.People[1], workshopId, "1.1", "2", "A");
        await bot.CardUpdateAsync(cardId, "1 of 4 have rated.");
        await workshop.SayAsync(workshop.Facilitator, "status");
        var status = bot.Connector.SentCards.Last().ToJsonString();
        await workshop.SayAsync(workshop.Facilitator, "remind");
        var reminder = bot.Connector.SentActivities.Last();

        Assert.Contains("open, round 1, 1 of 4 rated", status, StringComparison.Ordinal);
        var reminded = reminder["entities"]!.AsArray().Select(e => e!["mentioned"]!["id"]!.GetValue<string>());
        Assert.Equal(["29:person-0", "29:person-2", "29:person-3"], reminded);
        bot.Connector.AssertAllCardsValid();
    }

    [Theory]
    [InlineData("add observer")]
    [InlineData("end workshop")]
    public async Task AWorkshopChangedAtTheSameMoment_IsNotOverwritten_AndThePersonIsToldToTryAgain(string command)
    {
        var change = new ConcurrentWorkshopChange();
        using var app = new BotApp(storage.Azurite.ConnectionString, configureServices: services => services.AddSingleton<HttpPipelinePolicy>(change));
        var workshop = new WorkshopDriver<BotApp>(app);
        var workshopId = await workshop.StartAsync();
        var observer = workshop.People[2];

        change.ArmOnce(async () =>
        {
            var table = new TableClient(storage.Azurite.ConnectionString, Tables.Workshops);
            var current = (await table.GetEntityAsync<TableEntity>(workshopId, "workshop")).Value;
            await table.UpdateEntityAsync(current, ETag.All, TableUpdateMode.Replace);
        });
        await Say();
        var refusal = app.Connector.SentCards.Last().ToJsonString();
        var afterConflict = (await workshop.Store.GetAsync(workshopId, CancellationToken.None))!.Value;
        await Say();

        Assert.Contains("Someone changed this workshop at the same moment", refusal, StringComparison.Ordinal);
        Assert.Contains("again", refusal, StringComparison.Ordinal);
        Assert.Equal((WorkshopStatus.Open, 0), (afterConflict.Status, afterConflict.Observers.Count));
        var latest = (await workshop.Store.GetAsync(workshopId, CancellationToken.None))!.Value;
        Assert.True(command == "end workshop" ? latest.Status == WorkshopStatus.Ended : latest.IsObserver(observer.Id), "the repeated command did not take effect");
        app.Connector.AssertAllCardsValid();

        Task Say() => command == "end workshop" ? workshop.SayAsync(workshop.Facilitator, command) : workshop.SayAboutAsync(workshop.Facilitator, command, observer);
    }

    [Fact]
    public async Task TwoRoleChangesAtTheSameMoment_TheLaterIsRefused_NotLost()
    {
        var change = new ConcurrentWorkshopChange();
        using var app = new BotApp(storage.Azurite.ConnectionString, configureServices: services => services.AddSingleton<HttpPipelinePolicy>(change));
        var workshop = new WorkshopDriver<BotApp>(app);
        var workshopId = await workshop.StartAsync();
        var (first, second) = (workshop.People[2], workshop.People[3]);

        // The second "observe" has read the workshop; the first lands before it is saved.
        change.ArmOnce(async () => (await workshop.SayAsync(first, "observe")).Dispose());
        await workshop.SayAsync(second, "observe");
        var refusal = app.Connector.SentCards.Last().ToJsonString();
        var afterRace = (await workshop.Store.GetAsync(workshopId, CancellationToken.None))!.Value;
        await workshop.SayAsync(second, "observe");
        var latest = (await workshop.Store.GetAsync(workshopId, CancellationToken.None))!.Value;

        Assert.Contains("Someone changed this workshop at the same moment, so nothing was changed.", refusal, StringComparison.Ordinal);
        Assert.Equal([first.Id], afterRace.Observers.Select(o => o.Id));
        Assert.Equal(1, afterRace.ObserverCount);
        Assert.Equal([first.Id, second.Id], latest.Observers.Select(o => o.Id));
        Assert.Equal(2, latest.ObserverCount);
        app.Connector.AssertAllCardsValid();
    }

    /// <summary>
    /// Makes a change of its own just before the bot's next write of a workshop (its row, or a
    /// transaction of its partition) reaches storage, after the bot has read what it changes: as a
    /// second facilitator would.
    /// </summary>
    private sealed partial class ConcurrentWorkshopChange : HttpPipelinePolicy
    {
        private Func<Task>? meanwhile;

        public void ArmOnce(Func<Task> change) => Volatile.Write(ref meanwhile, change);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The bot calls storage asynchronously.");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var target = Uri.UnescapeDataString(message.Request.Uri.Path);
            var writesAWorkshop = (message.Request.Method == RequestMethod.Put && WorkshopRow().IsMatch(target))
                || (message.Request.Method == RequestMethod.Post && target.EndsWith("/$batch", StringComparison.Ordinal));
            if (writesAWorkshop && Interlocked.Exchange(ref meanwhile, null) is { } change)
            {
                await change();
            }

            await ProcessNextAsync(message, pipeline);
        }

        [GeneratedRegex(@"/Workshops\(PartitionKey='[0-9a-f]{32}',RowKey='workshop'\)$")]
        private static partial Regex WorkshopRow();
    }
}
