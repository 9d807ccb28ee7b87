using System.Text.Json.Nodes;

namespace TeamsEvalBot.Domain.Cards;

/// <summary>Cards for a person's mistake: what happened, and what to do next.</summary>
public static class ErrorCard
{
    public const string Title = "Something needs changing";

    /// <summary>
    /// What to do is shown as typed, never as markdown: it often holds a command to type, such as
    /// "start workshop &lt;partnership name&gt;", whose placeholder markdown would drop as an HTML tag,
    /// and people's names, which are typed by people.
    /// </summary>
    public static JsonObject Build(JsonNode whatHappened, string whatToDo) => CardElements.Card(
    [
        CardElements.Heading(Title),
        whatHappened,
        InertText.Paragraph(InertText.Run(InertText.WithoutControlCharacters(whatToDo))),
    ]);

    public static JsonObject UnknownCommand(string text, bool isGroupConversation) => Build(
        InertText.Paragraph(InertText.Run("I do not know the command "), InertText.Typed(Shorten(text), italic: true), InertText.Run(".")),
        isGroupConversation ? "Type @TeamsEvalBot help to see the commands." : "Type help to see the commands.");

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
