using System.Text.Json.Nodes;

namespace TeamsEvalBot.Domain.Cards;

/// <summary>The greeting when the bot is added to a conversation.</summary>
public static class WelcomeCard
{
    public const string Title = "Hello, I am TeamsEvalBot";

    public static JsonObject Build(bool isGroupConversation) => CardElements.Card(
    [
        CardElements.Heading(Title),
        CardElements.Text("I help your partnership run its self-evaluation here in Teams. Partners rate each proposal and add their evidence. The facilitator agrees a position with you."),
        CardElements.Text(isGroupConversation
            ? "To see what I can do, type @TeamsEvalBot help"
            : "To see what I can do, type help"),
    ]);
}
