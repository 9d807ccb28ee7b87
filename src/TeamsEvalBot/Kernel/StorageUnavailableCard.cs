using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Rating.Cards;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// What a person sees while the workshop's records are out of reach: what happened, and what to do.
/// It is not their mistake, so it does not use the error card's "Something needs changing".
/// </summary>
public static class StorageUnavailableCard
{
    public const string Title = "The workshop's records are out of reach";

    /// <summary>
    /// The answer to a card button. The card replaces the person's view of the card, so it carries
    /// the same button with the same data (their level and evidence included) to press again.
    /// </summary>
    public static JsonObject ForAction(string verb, JsonObject data)
    {
        var isRating = string.Equals(verb, CardVerbs.Rate, StringComparison.OrdinalIgnoreCase);
        var button = isRating ? "Rate" : "Try again";
        return CardElements.Card(
        [
            CardElements.Heading(Title),
            CardElements.Text(isRating
                ? "I could not reach the workshop's records, so I cannot say whether your rating was saved."
                : "I could not reach the workshop's records, so I cannot say whether this was done."),
            CardElements.Text(isRating
                ? "Press Rate again in a minute: rating twice does no harm, and your level and evidence are kept."
                : "Press Try again in a minute: pressing twice does no harm."),
            Retry(button, verb, (JsonObject)data.DeepClone()),
        ]);
    }

    /// <summary>
    /// The answer to a button pressed in a group chat on a version of Teams without Universal
    /// Actions: everyone sees it, so it carries no retry button with the person's words in it.
    /// </summary>
    public static JsonObject ForGroupSubmit() => CardElements.Card(
    [
        CardElements.Heading(Title),
        CardElements.Text("I could not reach the workshop's records, so I cannot say whether your answer was saved."),
        CardElements.Text("Press the button on the card again in a minute: pressing twice does no harm."),
    ]);

    /// <summary>The message for a typed command, sent through the connector.</summary>
    public static JsonObject ForCommand(string commandPrefix) => CardElements.Card(
    [
        CardElements.Heading(Title),
        CardElements.Text("I could not reach the workshop's records, so I cannot say whether your command was done."),
        InertText.Paragraph(InertText.Run($"Wait a minute, then type {commandPrefix}status to see where things stand before you type the command again.")),
    ]);

    // Action.Execute with the Action.Submit fallback, as every button on the bot's cards has.
    private static JsonObject Retry(string title, string verb, JsonObject data)
    {
        var submitData = (JsonObject)data.DeepClone();
        submitData["verb"] = verb;
        return new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = title,
                ["verb"] = verb,
                ["data"] = data,
                ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = submitData },
            }),
        };
    }
}
