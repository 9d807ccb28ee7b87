using System.Net;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>The bot as its own process over HTTP, with authentication on: the plumbing the matrices and the load harness rely on.</summary>
[Collection(LiveBotCollection.Name)]
public sealed class LiveBotTests(LiveBotFixture fixture)
{
    [Fact]
    public async Task SignedMessage_IsAnswered_WithTheManagedIdentityToken()
    {
        var conversation = $"a:{Guid.NewGuid():N}";

        using var response = await fixture.Bot.SendAsync(TeamsActivities.Personal("help", conversation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(fixture.Bot.Connector.Calls, c => c.Path.Contains(conversation, StringComparison.Ordinal));
        Assert.Equal("Bearer local-managed-identity-token", reply.Authorization);
    }

    [Fact]
    public async Task Counters_CountStorageRequests()
    {
        var before = await fixture.Bot.CountersAsync();

        // The install greeting is recorded in storage, so it is sent once per conversation.
        using var response = await fixture.Bot.SendAsync(TeamsActivities.Installed($"19:{Guid.NewGuid():N}@thread.v2"));

        var after = await fixture.Bot.CountersAsync();
        Assert.True(after.StorageRequests > before.StorageRequests, $"{before.StorageRequests} then {after.StorageRequests}");
        Assert.True(after.PeakWorkingSetBytes > 0);
    }

    [Fact]
    public async Task Workshop_PostAndRate_OverHttp()
    {
        var workshop = new WorkshopDriver<LiveBot>(fixture.Bot, participants: 3, uniquePeople: true);
        await workshop.StartAsync("Live Test Partnership");
        using (var posted = await workshop.SayAsync(workshop.Facilitator, "post 1.1"))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        var (status, card) = await workshop.InvokeAsync(workshop.Rating(workshop.People[1], "1.1", "3", "Joint plan agreed in March."));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("You rated", card!.ToJsonString(), StringComparison.Ordinal);
        var ratings = await workshop.Store.GetRatingsAsync(workshop.WorkshopId!, "1.1", 1, CancellationToken.None);
        Assert.Equal(3, Assert.Single(ratings).LevelRank);
    }

    [Fact]
    public async Task Rating_MakesTwoStorageRoundTrips_OnItsAnswersPath()
    {
        var workshop = new WorkshopDriver<LiveBot>(fixture.Bot, participants: 3, uniquePeople: true);
        await workshop.StartAsync("Round Trip Test Partnership");
        using (var posted = await workshop.SayAsync(workshop.Facilitator, "post 1.1"))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        var before = await fixture.Bot.CountersAsync();
        var (status, card) = await workshop.InvokeAsync(workshop.Rating(workshop.People[2], "1.1", "2", "Reviewed by the board."));
        var after = await fixture.Bot.CountersAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("You rated", card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, after.Ratings - before.Ratings);

        // The workshop and roster rows read together, then the rating's transaction.
        Assert.Equal(2, after.RatingRoundTrips - before.RatingRoundTrips);
    }
}
