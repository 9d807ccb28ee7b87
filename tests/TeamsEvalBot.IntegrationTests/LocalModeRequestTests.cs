using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using TeamsEvalBot.Storage;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests;

/// <summary>
/// In local mode a loopback caller is trusted, so whatever a proxy, tunnel or sidecar on this machine
/// could pass on is refused: forwarding headers and a Host that is not a loopback name get 403, logged
/// (2007), and the activity is neither answered nor stored. The same activity sent plainly is.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class LocalModeRequestTests(AzuriteFixture storage) : IDisposable
{
    private readonly BotApp bot = new(storage.Azurite.ConnectionString);

    public void Dispose() => bot.Dispose();

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("X-Forwarded-Host", "bot.example.net")]
    [InlineData("X-Forwarded-Proto", "https")]
    [InlineData("Forwarded", "for=203.0.113.7;proto=https")]
    public async Task RequestWithAForwardingHeader_Gets403_AndNothingIsStoredOrSent(string header, string value)
    {
        var conversationId = $"19:{Guid.NewGuid():N}@thread.v2";
        using var request = Post("/api/messages", TeamsActivities.BotAdded(conversationId));
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await bot.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertRefusedAndLoggedAsync(conversationId, header);
        await AssertAnsweredWhenSentPlainlyAsync(conversationId);
    }

    [Theory]
    [InlineData("http://bot.example.net/api/messages", "bot.example.net")]
    [InlineData("http://teamsevalbot.devtunnels.ms:3978/api/messages", "teamsevalbot.devtunnels.ms:3978")]
    [InlineData("http://192.168.1.20:3978/api/messages", "192.168.1.20:3978")]
    public async Task RequestNamingAHostThatIsNotLoopback_Gets403_AndNothingIsStoredOrSent(string url, string host)
    {
        var conversationId = $"19:{Guid.NewGuid():N}@thread.v2";

        // TestServer takes the request's Host from its URL, as a client does.
        using var request = Post(url, TeamsActivities.BotAdded(conversationId));
        var response = await bot.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertRefusedAndLoggedAsync(conversationId, host);
        await AssertAnsweredWhenSentPlainlyAsync(conversationId);
    }

    [Theory]
    [InlineData("http://127.0.0.1:3978/healthz")]
    [InlineData("http://[::1]:3978/healthz")]
    [InlineData("http://LOCALHOST/healthz")]
    public async Task RequestNamingALoopbackHost_IsAnswered(string url)
    {
        var response = await bot.CreateClient().GetAsync(new Uri(url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_WithAForwardingHeader_Gets403()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.7");

        var response = await bot.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static HttpRequestMessage Post(string url, JsonObject activity) => new(HttpMethod.Post, new Uri(url, UriKind.RelativeOrAbsolute))
    {
        Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
    };

    private async Task AssertRefusedAndLoggedAsync(string conversationId, string named)
    {
        Assert.Empty(bot.Connector.Calls);
        Assert.Empty(await StoredRowsAsync(conversationId));
        Assert.Contains(bot.Logs.GetSnapshot(), log => log.Id.Id == 2007 && log.Message.Contains(named, StringComparison.Ordinal));
    }

    /// <summary>The control: the refused activity, sent from loopback as the Playground sends it, is greeted and recorded.</summary>
    private async Task AssertAnsweredWhenSentPlainlyAsync(string conversationId)
    {
        var response = await bot.PostAsync(TeamsActivities.BotAdded(conversationId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Connector.SentCards);
        Assert.NotEmpty(await StoredRowsAsync(conversationId));
    }

    private async Task<List<TableEntity>> StoredRowsAsync(string conversationId)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {KeyEncoding.Encode(conversationId)}");
        await foreach (var row in storage.Azurite.Table(Tables.Conversations).QueryAsync<TableEntity>(filter))
        {
            rows.Add(row);
        }

        return rows;
    }
}
