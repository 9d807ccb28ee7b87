using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TeamsEvalBot.EndToEndTests;

/// <summary>
/// Acts as the other people in scripts/playground.yml. The Playground's UI always acts as its current user;
/// other users' activities go through its undocumented /_internal/v1/customActivities endpoint, which forwards
/// them to the bot as they are. It answers before the bot has handled them and drops invoke responses, and it
/// does not draw the simulated user's own message: assert on the bot's replies (or stored state) instead.
/// </summary>
public sealed class PlaygroundUsers(Uri playgroundUrl)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>The mock Teams context the Playground loaded: tenant, bot, currentUser, users, chats and team.</summary>
    public async Task<JsonObject> ConfigAsync()
    {
        var answer = await Http.GetFromJsonAsync<JsonObject>(new Uri(playgroundUrl, "_internal/v1/testConfig"));
        return answer?["config"]?.AsObject() ?? throw new InvalidOperationException("The Playground returned no config.");
    }

    public async Task<string> GroupChatIdAsync() =>
        (string)(await ConfigAsync())["groupChats"]![0]!["id"]!;

    /// <summary>Sends a message from a user in the config (by display name) to a conversation, optionally @mentioning the bot first.</summary>
    public async Task SendMessageAsync(string conversationId, string userName, string text, bool mentionBot)
    {
        var config = await ConfigAsync();
        var bot = config["bot"]!;
        var activity = await TemplateAsync(conversationId);
        activity["type"] = "message";
        activity["from"] = From(config, userName);
        activity["locale"] = "en-GB";
        if (mentionBot)
        {
            var mention = $"<at>{bot["name"]}</at>";
            activity["text"] = $"{mention} {text}";
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = mention,
                ["mentioned"] = new JsonObject { ["id"] = bot["id"]!.DeepClone(), ["name"] = bot["name"]!.DeepClone() },
            });
        }
        else
        {
            activity["text"] = text;
        }

        await SendAsync(activity);
    }

    /// <summary>The Playground's starting point for a custom activity in a conversation: ids, serviceUrl, recipient, conversation.</summary>
    public async Task<JsonObject> TemplateAsync(string conversationId) =>
        await Http.GetFromJsonAsync<JsonObject>(new Uri(playgroundUrl, "_internal/v1/customActivities/template?conversationId=" + Uri.EscapeDataString(conversationId)))
        ?? throw new InvalidOperationException("The Playground returned no activity template.");

    /// <summary>Posts any activity; the Playground forwards it to the bot unchanged.</summary>
    public async Task SendAsync(JsonObject activity)
    {
        using var response = await Http.PostAsJsonAsync(new Uri(playgroundUrl, "_internal/v1/customActivities"), activity);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The "from" of a user in the config, by display name.</summary>
    public async Task<JsonObject> FromAsync(string userName) => From(await ConfigAsync(), userName);

    private static JsonObject From(JsonObject config, string userName)
    {
        var users = config["users"]!.AsArray().Append(config["currentUser"]);
        var user = users.FirstOrDefault(u => (string?)u?["name"] == userName)
            ?? throw new ArgumentException($"No user called {userName} in scripts/playground.yml.", nameof(userName));
        return new JsonObject
        {
            ["id"] = user["id"]!.DeepClone(),
            ["name"] = user["name"]!.DeepClone(),
            ["aadObjectId"] = user["aadObjectId"]!.DeepClone(),
        };
    }
}
