using System.Net;
using TeamsEvalBot.TestSupport;
using Xunit.Abstractions;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>
/// Teams refuses a reply: the bot retries what may be retried (429 after its Retry-After, 503 with
/// backoff) until the reply is delivered, and sends a 400 or 403 once only.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class FaultConnectorTests(ITestOutputHelper output) : IAsyncLifetime
{
    private LiveBot bot = null!;

    public async Task InitializeAsync() => bot = await LiveBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task ThrottledThenUnavailable_IsRetried_AndTheReplyIsDelivered()
    {
        var conversation = $"a:{Guid.NewGuid():N}";
        bot.Connector.FailNext(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1), "Throttled");
        bot.Connector.FailNext(HttpStatusCode.ServiceUnavailable, code: "ServiceUnavailable");

        using var response = await bot.SendAsync(TeamsActivities.Personal("help", conversation));

        var calls = bot.Connector.Calls.Where(c => c.Path.Contains(conversation, StringComparison.Ordinal)).ToList();
        output.WriteLine($"The bot answered {(int)response.StatusCode}; {calls.Count} calls, at " + string.Join(", ", calls.Select(c => $"{(c.At - calls[0].At).TotalMilliseconds:F0} ms")));

        // A failed send would have ended the turn with 500: 200 means the third call was delivered.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, calls.Count);

        // Retry-After: 1 s was waited for (the connector's clock; less a timer tick).
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {calls[1].At - calls[0].At}");

        // The same message each time.
        Assert.All(calls, c => Assert.Equal(calls[0].Body!.ToJsonString(), c.Body!.ToJsonString()));
        bot.Connector.AssertAllCardsValid();
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData(HttpStatusCode.Forbidden, "BotNotInConversationRoster")]
    public async Task RefusedReply_IsNotRetried(HttpStatusCode status, string code)
    {
        var conversation = $"a:{Guid.NewGuid():N}";
        bot.Connector.FailNext(status, code: code);

        using var response = await bot.SendAsync(TeamsActivities.Personal("help", conversation));

        // The request has ended, and with it the turn, so no later retry can come.
        output.WriteLine($"{(int)status} {code}: the bot answered {(int)response.StatusCode}");
        Assert.Single(bot.Connector.Calls, c => c.Path.Contains(conversation, StringComparison.Ordinal));
    }
}
