using System.Net;
using System.Text.Json.Nodes;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>What the bot answered to one request: the HTTP status and body, and the messages it posted to Teams meanwhile.</summary>
public sealed record MatrixAnswer(HttpStatusCode Status, string Body, IReadOnlyList<RecordedCall> Posts)
{
    /// <summary>The JSON body of an invoke answer; null when the body is empty.</summary>
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    /// <summary>
    /// Sends and records. Only POSTs count as messages: a PUT is the shared-card refresher
    /// updating a card for earlier ratings, on its own timer, not an answer to this request.
    /// </summary>
    public static async Task<MatrixAnswer> RecordAsync(LiveBot bot, Func<Task<HttpResponseMessage>> send)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(send);
        var seen = bot.Connector.Calls.Count;
        using var response = await send();
        var body = await response.Content.ReadAsStringAsync();
        var posts = bot.Connector.Calls.Skip(seen).Where(c => c.Method == HttpMethod.Post).ToList();
        return new MatrixAnswer(response.StatusCode, body, posts);
    }

    public override string ToString() =>
        $"{(int)Status} {Body[..Math.Min(Body.Length, 800)]} ({Posts.Count} posts: {string.Join(", ", Posts.Select(p => p.Path))})";
}
