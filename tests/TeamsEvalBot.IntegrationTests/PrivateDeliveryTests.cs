using System.Net;
using System.Text.Json.Nodes;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>
/// A summary, a comparison or an export link asked for in a group chat that is not the workshop's own
/// goes to the asker's 1:1 chat: the group sees only that it was sent, and nothing of the workshop.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class PrivateDeliveryTests(AzuriteFixture storage) : IDisposable
{
    private const string Rationale = "PRIVATE-RATIONALE: the programme is joint.";

    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    public void Dispose() => bot.Dispose();

    [Theory]
    [InlineData("summary {0}", "Self-evaluation summary")]
    [InlineData("summary 1.1 {0}", Rationale)]
    [InlineData("export word {0}", "is ready")]
    public async Task AskedInAnotherGroupChat_GoesTo1to1_AndTheGroupSeesNothingOfIt(string command, string expected)
    {
        var (partnership, chief) = await SharedAsync();
        var elsewhere = InAnotherGroupChat(chief, string.Format(System.Globalization.CultureInfo.InvariantCulture, command, partnership));
        var seen = bot.Connector.Calls.Count;

        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(elsewhere)).StatusCode);

        var calls = bot.Connector.Calls.Skip(seen).ToList();
        var opened = Assert.Single(calls, c => c.Method == HttpMethod.Post && c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal(chief.Id, opened.Body!["members"]![0]!["id"]!.GetValue<string>());
        var toGroup = calls.Where(c => c.Path.Contains(Uri.EscapeDataString(elsewhere["conversation"]!["id"]!.GetValue<string>()), StringComparison.Ordinal)).Select(c => c.Body!.ToJsonString()).ToList();
        var toPerson = calls.Where(c => c.Path.Contains("/conversations/a%3Apersonal-", StringComparison.Ordinal)).Select(c => c.Body!.ToJsonString()).ToList();
        Assert.Contains(toPerson, body => body.Contains(expected, StringComparison.Ordinal));
        var notice = Assert.Single(toGroup);
        Assert.Contains("I sent what you asked for to our 1:1 chat", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE-RATIONALE", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("/downloads/", notice, StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task WhenThe1to1ChatCannotBeOpened_TheGroupIsToldWhatToDo_AndSeesNothingOfIt()
    {
        var (partnership, chief) = await SharedAsync();
        bot.Connector.FailNext(HttpStatusCode.Forbidden, code: "BotNotInConversationRoster");
        var sent = bot.Connector.SentCards.Count();

        await bot.PostAsync(InAnotherGroupChat(chief, $"summary 1.1 {partnership}"));

        var reply = Assert.Single(bot.Connector.SentCards.Skip(sent)).ToJsonString();
        Assert.Contains("Open a 1:1 chat with me", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE-RATIONALE", reply, StringComparison.Ordinal);
        Assert.Contains(bot.Logs.GetSnapshot(), log => log.Id.Id == 2407);
    }

    [Fact]
    public async Task AskedInTheWorkshopsOwnChat_IsPostedThere_AsEveryoneThereMayReadIt()
    {
        var partnership = SummarySteps.NewPartnership(out _);
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync(partnership);
        await workshop.AgreeOneOneAsync(workshopId, "2", Rationale);
        var seen = bot.Connector.Calls.Count;

        await workshop.SayAsync(workshop.People[2], "summary 1.1");

        var calls = bot.Connector.Calls.Skip(seen).ToList();
        Assert.DoesNotContain(calls, c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.Body?.ToJsonString().Contains("PRIVATE-RATIONALE", StringComparison.Ordinal) == true);
    }

    /// <summary>A partnership with 1.1 agreed, whose summaries are shared with a chief officer outside its workshop.</summary>
    private async Task<(string Partnership, WorkshopDriver.Person Chief)> SharedAsync()
    {
        var partnership = SummarySteps.NewPartnership(out _);
        var workshop = new WorkshopDriver<BotApp>(bot);
        var workshopId = await workshop.StartAsync(partnership);
        await workshop.AgreeOneOneAsync(workshopId, "2", Rationale);
        var chief = SummarySteps.Stranger();
        await workshop.SayAboutAsync(workshop.Facilitator, "share summaries with", chief);
        return (partnership, chief);
    }

    private static JsonObject InAnotherGroupChat(WorkshopDriver.Person from, string text)
    {
        var message = TeamsActivities.GroupMention(text, $"19:elsewhere-{Guid.NewGuid():N}@thread.v2");
        message["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name };
        return message;
    }
}
