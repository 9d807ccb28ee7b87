using System.Text.Json.Nodes;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Protocol.Schema;

namespace TeamsEvalBot.Summaries;

/// <summary>The answers to a messaging-extension query: a list of results, or a short message.</summary>
public static class ComposeExtensionResponse
{
    public const string ThumbnailCard = "application/vnd.microsoft.card.thumbnail";

    /// <summary>Results as a list: each an Adaptive Card to insert, with the thumbnail card Teams lists it by (required for Adaptive Card results).</summary>
    public static InvokeResponse Result(IEnumerable<(JsonObject Card, JsonObject Preview)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var attachments = results.Select(r => (JsonNode)new JsonObject
        {
            ["contentType"] = ContentTypes.AdaptiveCard,
            ["content"] = r.Card,
            ["preview"] = new JsonObject { ["contentType"] = ThumbnailCard, ["content"] = r.Preview },
        });
        return new InvokeResponse(200, new JsonObject
        {
            ["composeExtension"] = new JsonObject
            {
                ["type"] = "result",
                ["attachmentLayout"] = "list",
                ["attachments"] = new JsonArray([.. attachments]),
            },
        });
    }

    public static InvokeResponse Message(string text) => new(200, new JsonObject
    {
        ["composeExtension"] = new JsonObject { ["type"] = "message", ["text"] = text },
    });
}
