using System.Text.Json.Nodes;

namespace TeamsEvalBot.Protocol.Schema;

/// <summary>For an invoke, the HTTP status and body that Teams reads as the answer.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body = null)
{
    public static InvokeResponse NotImplemented { get; } = new(501);

    /// <summary>An Action.Execute answer that replaces the card for the person who acted.</summary>
    public static InvokeResponse Card(JsonObject card) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = ContentTypes.AdaptiveCard,
        ["value"] = card,
    });

    /// <summary>An Action.Execute answer that shows a short message instead of a card.</summary>
    public static InvokeResponse Message(string text) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = ContentTypes.ActivityMessage,
        ["value"] = text,
    });

    public static InvokeResponse Error(int statusCode, string code, string message) => new(200, new JsonObject
    {
        ["statusCode"] = statusCode,
        ["type"] = ContentTypes.Error,
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    });
}
