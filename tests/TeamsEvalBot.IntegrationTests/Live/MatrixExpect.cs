using System.Net;
using System.Text.Json.Nodes;

namespace TeamsEvalBot.IntegrationTests.Live;

/// <summary>The answers the protocol calls for, as checks on a <see cref="MatrixAnswer"/>.</summary>
public static class MatrixExpect
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    /// <summary>Refused at the HTTP level, with nothing posted to the chat.</summary>
    public static Action<MatrixAnswer> Refused(HttpStatusCode status) => answer =>
    {
        Assert.True(answer.Status == status, $"expected {(int)status}, got {answer}");
        Assert.True(answer.Posts.Count == 0, $"expected no message, got {answer}");
    };

    /// <summary>Accepted and ignored: 200, no invoke body and nothing posted.</summary>
    public static Action<MatrixAnswer> Ignored() => answer =>
    {
        Refused(HttpStatusCode.OK)(answer);
        Assert.True(answer.Body.Length == 0, $"expected no body, got {answer}");
    };

    /// <summary>
    /// A Universal Actions error: the invoke answer's body carries the status and an
    /// application/vnd.microsoft.error value. The protocol layer sends it with HTTP 200, as the
    /// invoke itself was delivered (InvokeResponse.Error); Teams reads the body's statusCode.
    /// </summary>
    public static Action<MatrixAnswer> InvokeError(int statusCode, string? code = null) => answer =>
    {
        Refused(HttpStatusCode.OK)(answer);
        var body = answer.Json;
        Assert.True(body?["type"]?.GetValue<string>() == "application/vnd.microsoft.error", $"expected an error body, got {answer}");
        Assert.Equal(statusCode, body!["statusCode"]!.GetValue<int>());
        Assert.True(code is null || code == body["value"]?["code"]?.GetValue<string>(), $"expected code {code}, got {answer}");
        Assert.False(string.IsNullOrWhiteSpace(body["value"]!["message"]?.GetValue<string>()), $"expected a message, got {answer}");
    };

    /// <summary>The invoke is answered (HTTP 200) with a card that says what happened and what to do; nothing is posted to the chat.</summary>
    public static Action<MatrixAnswer> ErrorCard(string whatHappened, string whatToDo) => answer =>
    {
        Refused(HttpStatusCode.OK)(answer);
        var body = answer.Json;
        Assert.True(body?["type"]?.GetValue<string>() == AdaptiveCard, $"expected a card, got {answer}");
        Assert.Equal(200, body!["statusCode"]!.GetValue<int>());
        AssertSays(body["value"]!, whatHappened, whatToDo);
    };

    /// <summary>A command is answered (HTTP 200) with one message to the chat: a card that says what happened and what to do.</summary>
    public static Action<MatrixAnswer> ErrorReply(string whatHappened, string whatToDo) => answer =>
    {
        Assert.True(answer.Status == HttpStatusCode.OK, $"expected 200, got {answer}");
        var post = Assert.Single(answer.Posts);
        var card = post.Body!["attachments"]!.AsArray().Single(a => a!["contentType"]!.GetValue<string>() == AdaptiveCard)!["content"]!;
        AssertSays(card, whatHappened, whatToDo);
    };

    /// <summary>Every text the card shows, one per line, as a person would read it.</summary>
    public static string Text(JsonNode card) => string.Join('\n', Texts(card));

    private static void AssertSays(JsonNode card, string whatHappened, string whatToDo)
    {
        var text = Text(card);
        Assert.True(text.Contains(whatHappened, StringComparison.Ordinal), $"expected \"{whatHappened}\" in:\n{text}");
        Assert.True(text.Contains(whatToDo, StringComparison.Ordinal), $"expected \"{whatToDo}\" in:\n{text}");
    }

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "text" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };
}
