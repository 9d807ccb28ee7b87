using System.Text.Json.Nodes;

namespace TeamsEvalBot.TestSupport;

/// <summary>Activities shaped as Teams sends them, for tests.</summary>
public static class TeamsActivities
{
    public const string BotId = "28:teamsevalbot";
    public const string BotName = "TeamsEvalBot";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    public static JsonObject Personal(string text, string conversationId = "a:personal-1", string tenantId = LocalIdentityServer.TenantId) =>
        Message(text, new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = tenantId }, tenantId);

    /// <summary>A group-chat message that @mentions the bot, as Teams sends it.</summary>
    public static JsonObject GroupMention(string text, string conversationId = "19:group-1@thread.v2", string tenantId = LocalIdentityServer.TenantId)
    {
        var activity = Message($"<at>{BotName}</at> {text}", new JsonObject { ["id"] = conversationId, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = tenantId }, tenantId);
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{BotName}</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        });
        return activity;
    }

    public static JsonObject BotAdded(string conversationId, string tenantId = LocalIdentityServer.TenantId)
    {
        var activity = Base("conversationUpdate", new JsonObject { ["id"] = conversationId, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = tenantId }, tenantId);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        return activity;
    }

    public static JsonObject Installed(string conversationId, string tenantId = LocalIdentityServer.TenantId)
    {
        var activity = Base("installationUpdate", new JsonObject { ["id"] = conversationId, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = tenantId }, tenantId);
        activity["action"] = "add";
        return activity;
    }

    public static JsonObject Invoke(string name, JsonNode? value, string conversationId = "a:personal-1")
    {
        var activity = Base("invoke", new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = LocalIdentityServer.TenantId }, LocalIdentityServer.TenantId);
        activity["name"] = name;
        activity["value"] = value;
        return activity;
    }

    public static JsonObject Base(string type, JsonObject conversation, string tenantId) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:alex", ["name"] = "Alex Morgan", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000a1" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = conversation,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        ["locale"] = "en-GB",
    };

    private static JsonObject Message(string text, JsonObject conversation, string tenantId)
    {
        var activity = Base("message", conversation, tenantId);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }
}
