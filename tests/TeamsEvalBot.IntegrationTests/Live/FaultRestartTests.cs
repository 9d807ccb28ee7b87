using System.Net;
using System.Text.RegularExpressions;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.TestSupport;
using Xunit.Abstractions;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>
/// The bot crashes (SIGKILL) in the middle of "post all" and starts again: the workshop is as it
/// was, and "post all" again posts exactly the cards that are missing.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed partial class FaultRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int ProposalCount = 25;

    private LiveBot bot = null!;

    public async Task InitializeAsync() => bot = await LiveBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task KilledDuringPostAll_WorkshopIntact_AndPostAllAgainPostsOnlyTheMissingCards()
    {
        var workshop = new WorkshopDriver<LiveBot>(bot, participants: 3, uniquePeople: true);
        await workshop.StartAsync("Crash Test Partnership");
        using (var posted = await workshop.SayAsync(workshop.Facilitator, "post 1.1"))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        foreach (var (person, level) in new[] { (workshop.People[1], "1"), (workshop.People[2], "3") })
        {
            var (status, card) = await workshop.InvokeAsync(workshop.Rating(person, "1.1", level));
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("You rated", card!.Wire(), StringComparison.Ordinal);
        }

        var before = CardsPosted(workshop).Count;
        var firstRun = workshop.SayAsync(workshop.Facilitator, "post all");
        await WaitUntilAsync(() => CardsPosted(workshop).Count >= before + 5, "five cards of post all");
        await bot.KillAsync(0);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => firstRun);
        var postedBeforeKill = CardsPosted(workshop).Skip(before).ToList();

        await bot.RestartAsync(0);
        var storedAfterKill = await workshop.Store.GetAllProgressAsync(workshop.WorkshopId!, CancellationToken.None);
        var inFlight = 1 + postedBeforeKill.Count - storedAfterKill.Count;
        output.WriteLine($"Killed after {postedBeforeKill.Count} cards of post all; {storedAfterKill.Count} proposals stored as posted; {inFlight} card in flight");
        Assert.True(postedBeforeKill.Count < ProposalCount - 1, "The kill came after post all had finished, so it proves nothing.");

        // Posting is one card at a time: at most the card being posted at the kill was not recorded.
        Assert.InRange(inFlight, 0, 1);

        var active = await workshop.Store.GetActiveAsync(workshop.ConversationId, CancellationToken.None);
        Assert.Equal(workshop.WorkshopId, active?.Value.Id);
        Assert.Equal(WorkshopStatus.Open, active!.Value.Status);
        var ratings = await workshop.Store.GetRatingsAsync(workshop.WorkshopId!, "1.1", 1, CancellationToken.None);
        Assert.Equal(new[] { 1, 3 }, ratings.OrderBy(r => r.LevelRank).Select(r => r.LevelRank));

        var beforeSecondRun = CardsPosted(workshop).Count;
        using (var secondRun = await workshop.SayAsync(workshop.Facilitator, "post all"))
        {
            Assert.Equal(HttpStatusCode.OK, secondRun.StatusCode);
        }

        var postedBySecondRun = CardsPosted(workshop).Skip(beforeSecondRun).ToList();
        var stored = await workshop.Store.GetAllProgressAsync(workshop.WorkshopId!, CancellationToken.None);
        Assert.Equal(ProposalCount, stored.Count);
        var missing = stored.Select(p => p.ProposalId).Except(storedAfterKill.Select(p => p.ProposalId), StringComparer.Ordinal);
        Assert.Equal(missing.Order(StringComparer.Ordinal), postedBySecondRun.Order(StringComparer.Ordinal));
        Assert.All(stored, p => Assert.False(string.IsNullOrEmpty(p.CardActivityId), $"{p.ProposalId} has no card"));
        Assert.Equal(ProposalCount, stored.Select(p => p.CardActivityId).Distinct(StringComparer.Ordinal).Count());
        var total = CardsPosted(workshop).Count;
        output.WriteLine($"The second post all posted {postedBySecondRun.Count} cards; {total} proposal cards in all");
        Assert.True(total <= ProposalCount + inFlight, $"{total} proposal cards posted");
        bot.Connector.AssertAllCardsValid();
    }

    /// <summary>The proposal of each proposal card the connector received in this chat, in order (read from the card's heading).</summary>
    private List<string> CardsPosted(WorkshopDriver<LiveBot> workshop) =>
        [.. bot.Connector.Calls
            .Where(c => c.Method == HttpMethod.Post && c.Path.Contains(workshop.ConversationId, StringComparison.Ordinal) && c.Body is not null)
            .Select(c => ProposalHeading().Match(c.Body!.ToJsonString()))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)];

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"Waited 30 s for {what}.");
            await Task.Delay(10);
        }
    }

    [GeneratedRegex("\"text\":\"Proposal ([0-9.]+)\"")]
    private static partial Regex ProposalHeading();
}
