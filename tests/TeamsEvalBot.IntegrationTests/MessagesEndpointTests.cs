using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using TeamsEvalBot.Storage;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>The /api/messages contract in local mode: status codes, help, greetings, and what gets sent.</summary>
[Collection(StorageCollection.Name)]
public sealed class MessagesEndpointTests(AzuriteFixture storage) : IDisposable
{
    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task Help_InPersonalChat_SendsTheHelpCard()
    {
        var response = await bot.PostAsync(TeamsActivities.Personal("help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Assert.Single(bot.Connector.SentCards);
        Assert.Equal("What TeamsEvalBot can do", card["body"]![0]!["text"]!.GetValue<string>());
        var call = Assert.Single(bot.Connector.Calls);
        Assert.Equal("/emea/v3/conversations/a%3Apersonal-1/activities", call.Path);
        Assert.Null(call.Authorization);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task Help_WithMentionInGroupChat_StripsTheMentionAndSendsTheHelpCard()
    {
        var response = await bot.PostAsync(TeamsActivities.GroupMention("  HELP "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Assert.Single(bot.Connector.SentCards);
        Assert.Contains("@TeamsEvalBot help", card.ToJsonString(), StringComparison.Ordinal);
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task UnknownCommand_SendsAnErrorCardThatShowsTheTextAsTyped()
    {
        var response = await bot.PostAsync(TeamsActivities.Personal("[click](https://evil.example) **now**"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Assert.Single(bot.Connector.SentCards);
        var typed = card["body"]![1]!["inlines"]![1]!;
        Assert.Equal("TextRun", typed["type"]!.GetValue<string>());
        Assert.Equal("[click](https://evil.example) **now**", typed["text"]!.GetValue<string>());
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task MalformedJson_Gets400AndNothingIsSent()
    {
        using var client = bot.CreateClient();
        using var content = new StringContent("{\"type\": \"message\", ", Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task ActivityWithoutType_Gets400()
    {
        var activity = TeamsActivities.Personal("help");
        activity.Remove("type");

        var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task BodyOverTheLimit_Gets413AndNothingIsSent()
    {
        var activity = TeamsActivities.Personal("help " + new string('x', 300 * 1024));

        var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task Get_Gets405()
    {
        using var client = bot.CreateClient();

        var response = await client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("someFutureActivityType")]
    [InlineData("event")]
    public async Task ActivityTypesTheBotDoesNotHandle_Get200AndAreIgnored(string type)
    {
        var activity = TeamsActivities.Personal("help");
        activity["type"] = type;
        activity["unknownTopLevelField"] = new JsonObject { ["kept"] = true };

        var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task InvokeTheBotDoesNotHandle_Gets501()
    {
        var response = await bot.PostAsync(TeamsActivities.Invoke("some/unknownInvoke", new JsonObject()));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task LocalMode_RefusesCallersThatAreNotLoopback()
    {
        bot.RemoteAddress = IPAddress.Parse("203.0.113.7");

        var response = await bot.PostAsync(TeamsActivities.Personal("help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
    }

    [Fact]
    public async Task ConnectorRefusal_Gets500AndIsNotRetried()
    {
        bot.Connector.FailNext(HttpStatusCode.Forbidden, code: "BotNotInConversationRoster");

        var response = await bot.PostAsync(TeamsActivities.Personal("help"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Single(bot.Connector.Calls);
    }

    [Fact]
    public async Task BotAddedTwice_ByConversationUpdateThenInstallationUpdate_GreetsOnce()
    {
        var conversationId = $"19:{Guid.NewGuid():N}@thread.v2";

        var first = await bot.PostAsync(TeamsActivities.BotAdded(conversationId));
        var second = await bot.PostAsync(TeamsActivities.Installed(conversationId));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var card = Assert.Single(bot.Connector.SentCards);
        Assert.Equal("Hello, I am TeamsEvalBot", card["body"]![0]!["text"]!.GetValue<string>());
        bot.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task SomeoneElseAdded_IsNotGreeted()
    {
        var activity = TeamsActivities.BotAdded($"19:{Guid.NewGuid():N}@thread.v2");
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:someone" });

        var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("emulator")]
    [InlineData("MsTeams")]
    [InlineData("")]
    [InlineData(null)]
    public async Task ActivityFromAnotherChannel_Gets403_IsLogged_AndNothingIsSentOrStored(string? channelId)
    {
        var conversationId = $"19:{Guid.NewGuid():N}@thread.v2";
        var activity = TeamsActivities.BotAdded(conversationId);
        activity["channelId"] = channelId;
        if (channelId is null)
        {
            activity.Remove("channelId");
        }

        var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(bot.Connector.Calls);
        Assert.False(await GreetingStoredAsync(conversationId));
        Assert.Contains(bot.Logs.GetSnapshot(), log => log.Id.Id == 2006 && (channelId is null || log.Message.Contains($"'{channelId}'", StringComparison.Ordinal)));

        // The control: from msteams, the same install is greeted and recorded.
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(TeamsActivities.BotAdded(conversationId))).StatusCode);
        Assert.Single(bot.Connector.SentCards);
        Assert.True(await GreetingStoredAsync(conversationId));
    }

    [Fact]
    public async Task Healthz_InLocalMode_ReportsDegraded_WithStorageHealthy()
    {
        using var client = bot.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Degraded", body["status"]!.GetValue<string>());
        Assert.Equal("Degraded", body["checks"]!["authentication"]!["status"]!.GetValue<string>());
        Assert.StartsWith("Local mode", body["checks"]!["authentication"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Healthy", body["checks"]!["table-storage"]!["status"]!.GetValue<string>());
    }

    private async Task<bool> GreetingStoredAsync(string conversationId) =>
        (await storage.Azurite.Table(Tables.Conversations).GetEntityIfExistsAsync<TableEntity>(KeyEncoding.Encode(conversationId), "greeting")).HasValue;
}
