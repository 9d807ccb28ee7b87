using System.Text.Json.Nodes;

namespace TeamsEvalBot.Domain.Cards;

/// <summary>
/// Small builders for Adaptive Card JSON. Cards declare 1.5, the highest version Teams renders
/// for bots, and are full width so the indicator text stays readable.
/// </summary>
public static class CardElements
{
    public const string Version = "1.5";

    public static JsonObject Card(IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = new JsonArray([.. body]),
        };
        var actionList = actions?.ToArray() ?? [];
        if (actionList.Length > 0)
        {
            card["actions"] = new JsonArray(actionList);
        }

        return card;
    }

    public static JsonObject Heading(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["style"] = "heading",
        ["size"] = "Large",
        ["weight"] = "Bolder",
        ["wrap"] = true,
    };

    public static JsonObject Subheading(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["style"] = "heading",
        ["size"] = "Medium",
        ["weight"] = "Bolder",
        ["wrap"] = true,
        ["spacing"] = "Medium",
    };

    /// <summary>A heading inside a section, such as a level name over its indicator: bold at text size, and a heading to screen readers.</summary>
    public static JsonObject MinorHeading(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["style"] = "heading",
        ["size"] = "Default",
        ["weight"] = "Bolder",
        ["wrap"] = true,
    };

    /// <summary>Plain text. Card text is markdown, so anything a person wrote must go through <see cref="Inert"/> first.</summary>
    public static JsonObject Text(string text, bool subtle = false) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["wrap"] = true,
        ["isSubtle"] = subtle,
    };

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };
}
