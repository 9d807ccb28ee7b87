using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Commands;

namespace TeamsEvalBot.Domain.Cards;

public static class HelpCard
{
    public const string Title = "What TeamsEvalBot can do";

    public static JsonObject Build(IEnumerable<CommandInfo> commands, bool isGroupConversation)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var body = new List<JsonNode>
        {
            CardElements.Heading(Title),
            CardElements.Text("TeamsEvalBot runs self-evaluation workshops for health and social care partnerships. Partners rate each proposal, the facilitator agrees a position, and chief officers read the summary."),
            CardElements.Text(isGroupConversation
                ? "In this chat, mention me first. For example: @TeamsEvalBot help"
                : "Type a command in this chat. For example: help"),
        };
        foreach (var group in commands.GroupBy(c => c.Audience))
        {
            body.Add(CardElements.Subheading(AudienceTitle(group.Key)));
            foreach (var command in group)
            {
                // A TextRun shows "<partnership>" as typed; markdown would take it for an HTML tag.
                body.Add(InertText.Paragraph(new JsonObject { ["type"] = "TextRun", ["text"] = command.Usage, ["fontType"] = "Monospace", ["weight"] = "Bolder" }));
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = command.Description, ["wrap"] = true, ["spacing"] = "None" });
            }
        }

        return CardElements.Card(body);
    }

    private static string AudienceTitle(CommandAudience audience) => audience switch
    {
        CommandAudience.Facilitators => "For facilitators",
        CommandAudience.ChiefOfficers => "For chief officers",
        _ => "For everyone",
    };
}
