using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Protocol.Schema;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.Tests.Protocol;

/// <summary>The connector client's calls and its retry rules, against a recording connector and a fake clock.</summary>
public sealed class ConnectorClientTests : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private readonly RecordingConnector connector = new();
    private readonly ImmediateDelays clock = new();
    private readonly HttpClient http;
    private readonly ConnectorClient client;

    public ConnectorClientTests()
    {
        var retry = new ConnectorRetryHandler(Options.Create(new ConnectorRetryOptions()), clock, NullLogger<ConnectorRetryHandler>.Instance)
        {
            InnerHandler = new ConnectorAuthHandler(new FixedToken("token-1")) { InnerHandler = connector },
        };
        http = new HttpClient(retry);
        client = new ConnectorClient(http);
    }

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task SendToConversation_PostsToTheConversationAtTheServiceUrl_WithTheBearerToken()
    {
        var id = await client.SendToConversationAsync(Message(), CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        Assert.Equal(HttpMethod.Post, call.Method);
        Assert.Equal("/emea/v3/conversations/19%3Ameeting_abc%40thread.v2/activities", call.Path);
        Assert.Equal("Bearer token-1", call.Authorization);
        Assert.Equal("message", call.Body!["type"]!.GetValue<string>());
        Assert.Equal("activity-1", id);
    }

    [Fact]
    public async Task UpdateAndDelete_UseTheDocumentedPathsAndMethods()
    {
        var update = Message();
        update.Id = "1700000000001";
        await client.UpdateActivityAsync(update, CancellationToken.None);
        await client.DeleteActivityAsync(ServiceUrl, "19:meeting_abc@thread.v2", "1700000000001", CancellationToken.None);

        var calls = connector.Calls.ToArray();
        Assert.Equal((HttpMethod.Put, "/emea/v3/conversations/19%3Ameeting_abc%40thread.v2/activities/1700000000001"), (calls[0].Method, calls[0].Path));
        Assert.Equal((HttpMethod.Delete, "/emea/v3/conversations/19%3Ameeting_abc%40thread.v2/activities/1700000000001"), (calls[1].Method, calls[1].Path));
    }

    [Fact]
    public async Task Members_ReadOneMemberAndPagesWithTheirEmail()
    {
        connector.Members.Add(new JsonObject { ["id"] = "29:alex", ["name"] = "Alex Morgan", ["email"] = "alex.morgan@nhs.scot", ["userPrincipalName"] = "alex.morgan_nhs.scot#EXT#@angus.onmicrosoft.com" });

        var member = await client.GetMemberAsync(ServiceUrl, "19:group@thread.v2", "29:alex", CancellationToken.None);
        var page = await client.GetPagedMembersAsync(ServiceUrl, "19:group@thread.v2", 100, "token+/=", CancellationToken.None);

        Assert.Equal("alex.morgan@nhs.scot", member.Email);
        Assert.Equal("alex.morgan@nhs.scot", Assert.Single(page.Members).Email);
        var pageCall = connector.Calls.Last();
        Assert.Equal("/emea/v3/conversations/19%3Agroup%40thread.v2/pagedmembers", pageCall.Path);
        Assert.Equal("?pageSize=100&continuationToken=token%2B%2F%3D", pageCall.Query);
    }

    [Fact]
    public async Task Throttled429_WaitsForRetryAfterThenDelivers()
    {
        connector.FailNext(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(7), "Throttled");

        await client.SendToConversationAsync(Message(), CancellationToken.None);

        Assert.Equal(2, connector.Calls.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], clock.Delays);
        Assert.Equal(connector.Calls.First().Body!.ToJsonString(), connector.Calls.Last().Body!.ToJsonString());
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task TransientFailures_AreRetriedWithBackoffAndDelivered(HttpStatusCode status)
    {
        connector.FailNext(status);
        connector.FailNext(status);

        await client.SendToConversationAsync(Message(), CancellationToken.None);

        Assert.Equal(3, connector.Calls.Count);
        Assert.Equal(2, clock.Delays.Count);
        Assert.InRange(clock.Delays[0], TimeSpan.FromSeconds(1.6), TimeSpan.FromSeconds(2.4));
        Assert.InRange(clock.Delays[1], TimeSpan.FromSeconds(3.2), TimeSpan.FromSeconds(4.8));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData(HttpStatusCode.Unauthorized, "BotNotRegistered")]
    [InlineData(HttpStatusCode.Forbidden, "BotDisabledByAdmin")]
    [InlineData(HttpStatusCode.NotFound, "ConversationNotFound")]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig")]
    [InlineData(HttpStatusCode.InternalServerError, "InternalServiceError")]
    public async Task PermanentFailures_AreNotRetried_AndCarryTheErrorCode(HttpStatusCode status, string code)
    {
        connector.FailNext(status, code: code);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(Message(), CancellationToken.None));

        Assert.Single(connector.Calls);
        Assert.Equal(status, error.Status);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public async Task RetriesAreBounded()
    {
        for (var i = 0; i < 10; i++)
        {
            connector.FailNext(HttpStatusCode.ServiceUnavailable);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal(4, connector.Calls.Count);
        Assert.All(clock.Delays, d => Assert.True(d <= TimeSpan.FromSeconds(20), $"{d} is over the 20 s cap"));
    }

    [Fact]
    public async Task RetryAfterLongerThanTheCap_IsNotWaitedFor()
    {
        connector.FailNext(HttpStatusCode.TooManyRequests, TimeSpan.FromMinutes(10), "Throttled");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Single(connector.Calls);
    }

    [Fact]
    public async Task TheRecordingConnector_RefusesAnInvalidCard_AsTeamsWould()
    {
        var message = Message();
        message.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.6","body":[{"type":"Nope"}]}""") }];

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(message, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Throws<Xunit.Sdk.TrueException>(connector.AssertAllCardsValid);
    }

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Text = "hello",
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount { Id = "19:meeting_abc@thread.v2" },
    };

    private sealed class FixedToken(string token) : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
    }
}
