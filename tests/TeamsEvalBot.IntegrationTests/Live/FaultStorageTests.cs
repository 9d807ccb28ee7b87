using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.TestSupport;
using Xunit.Abstractions;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>
/// Storage goes away while people rate: a card button answers with the storage-unavailable card in
/// time and never hangs, a typed command gets the same news as a message, and nothing acknowledged is lost.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class FaultStorageTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>A guard against a hang, not a performance figure: the budget is 4 s, Teams allows about 5.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(6);

    private LiveBot bot = null!;

    public async Task InitializeAsync() => bot = await LiveBot.StartAsync();

    public async Task DisposeAsync()
    {
        // The bot's own log says what it did while storage was away.
        output.WriteLine(bot.Instances[0].Process.Output);
        await bot.DisposeAsync();
    }

    [Fact]
    public Task AzuritePaused_ButtonAnswersWithTheErrorCard_AndRatingsSurvive() =>
        OutageAsync(
            "paused (SIGSTOP)",
            () =>
            {
                bot.Azurite.Process.Signal("STOP");
                return Task.CompletedTask;
            },
            () =>
            {
                bot.Azurite.Process.Signal("CONT");
                return Task.CompletedTask;
            });

    [Fact]
    public Task AzuriteStoppedAndRestarted_ButtonAnswersWithTheErrorCard_AndRatingsSurvive() =>
        OutageAsync("stopped gracefully", bot.Azurite.StopGracefullyAsync, bot.Azurite.StartAgainAsync);

    [Fact]
    public async Task AzuritePaused_TypedCommand_IsToldTheRecordsAreOutOfReach()
    {
        var workshop = new WorkshopDriver<LiveBot>(bot, participants: 2, uniquePeople: true);
        await workshop.StartAsync("Fault Test Partnership");

        var message = await NewsWhilePausedAsync(workshop, "the status command", () => workshop.SayAsync(workshop.Facilitator, "status"));

        Assert.Contains("type @TeamsEvalBot status", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AzuritePaused_SubmitFallbackInTheGroup_IsToldTheRecordsAreOutOfReach_WithoutTheEvidence()
    {
        var workshop = new WorkshopDriver<LiveBot>(bot, participants: 2, uniquePeople: true);
        await workshop.StartAsync("Fault Test Partnership");
        (await workshop.SayAsync(workshop.Facilitator, "post 1.1")).Dispose();

        // An older Teams sends the card's Action.Submit fallback: a message carrying the button's data.
        var submit = TeamsActivities.GroupMention(string.Empty, workshop.ConversationId);
        submit["text"] = null;
        submit.Remove("entities");
        submit["from"] = new JsonObject { ["id"] = workshop.People[1].Id, ["name"] = workshop.People[1].Name };
        submit["value"] = new JsonObject { ["verb"] = "rate", ["workshopId"] = workshop.WorkshopId, ["proposalId"] = "1.1", ["round"] = 1, ["level"] = "2", ["evidence"] = "Private words while storage was away." };

        var message = await NewsWhilePausedAsync(workshop, "the submitted rating", () => bot.SendAsync(submit));

        Assert.DoesNotContain("Private words", message, StringComparison.Ordinal);
    }

    /// <summary>Sends a message while Azurite is paused; it must answer 200 and bring one out-of-reach message to the chat, returned as wire text.</summary>
    private async Task<string> NewsWhilePausedAsync(WorkshopDriver<LiveBot> workshop, string what, Func<Task<HttpResponseMessage>> send)
    {
        bot.Azurite.Process.Signal("STOP");
        try
        {
            var clock = Stopwatch.StartNew();
            using var response = await send();
            output.WriteLine($"Azurite paused (SIGSTOP): {what} answered {(int)response.StatusCode} in {clock.Elapsed.TotalMilliseconds:F0} ms");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var message = Assert.Single(bot.Connector.Calls, c => c.Path.Contains(workshop.ConversationId, StringComparison.Ordinal)
                && c.Body?.Wire().Contains(StorageUnavailableCard.Title, StringComparison.Ordinal) == true);
            bot.Connector.AssertAllCardsValid();
            return message.Body!.Wire();
        }
        finally
        {
            bot.Azurite.Process.Signal("CONT");
        }
    }

    private async Task OutageAsync(string fault, Func<Task> stop, Func<Task> resume)
    {
        var workshop = new WorkshopDriver<LiveBot>(bot, participants: 4, uniquePeople: true);
        await workshop.StartAsync("Fault Test Partnership");
        using (var posted = await workshop.SayAsync(workshop.Facilitator, "post 1.1"))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        await RateAndAssertSavedAsync(workshop, workshop.People[1], "1");
        await RateAndAssertSavedAsync(workshop, workshop.People[2], "2");

        await stop();
        try
        {
            var clock = Stopwatch.StartNew();
            var (status, card) = await workshop.InvokeAsync(workshop.Rating(workshop.People[3], "1.1", "3", "Evidence typed while storage was away."));
            var buttonTime = clock.Elapsed;
            output.WriteLine($"Azurite {fault}: the Rate button answered {(int)status} in {buttonTime.TotalMilliseconds:F0} ms");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.True(buttonTime < HangGuard, $"The Rate button took {buttonTime}");
            Assert.NotNull(card);
            var text = card.Wire();
            Assert.Contains(StorageUnavailableCard.Title, text, StringComparison.Ordinal);
            Assert.Contains("cannot say whether your rating was saved", text, StringComparison.Ordinal);
            Assert.Contains("Evidence typed while storage was away.", text, StringComparison.Ordinal);
            await CardAssert.ValidAsync(card, "the storage-unavailable card");
        }
        finally
        {
            await resume();
        }

        await RateAndAssertSavedAsync(workshop, workshop.People[3], "3");
        var stored = await workshop.Store.GetRatingsAsync(workshop.WorkshopId!, "1.1", 1, CancellationToken.None);
        Assert.Equal(
            new[] { (workshop.People[1].Id, 1), (workshop.People[2].Id, 2), (workshop.People[3].Id, 3) }.OrderBy(r => r.Id, StringComparer.Ordinal),
            stored.Select(r => (r.ParticipantId, r.LevelRank)).OrderBy(r => r.ParticipantId, StringComparer.Ordinal));
        bot.Connector.AssertAllCardsValid();
    }

    private async Task RateAndAssertSavedAsync(WorkshopDriver<LiveBot> workshop, WorkshopDriver.Person person, string level)
    {
        var clock = Stopwatch.StartNew();
        var (status, card) = await workshop.InvokeAsync(workshop.Rating(person, "1.1", level, $"Evidence from {person.Name}."));
        output.WriteLine($"{person.Name} rated {level}: {(int)status} in {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("You rated", card!.Wire(), StringComparison.Ordinal);
    }
}
