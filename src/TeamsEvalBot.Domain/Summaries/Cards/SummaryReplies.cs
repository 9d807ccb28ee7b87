using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;

namespace TeamsEvalBot.Domain.Summaries.Cards;

/// <summary>The summary commands' answers when there is nothing to show: what happened, and what to do.</summary>
public static class SummaryReplies
{
    public const string Example = "Angus Health and Social Care Partnership";

    public static JsonObject NotAllowed(string partnership, string commandPrefix) => ErrorCard.Build(
        InertText.Paragraph(InertText.Run("You cannot read the summaries of "), InertText.Typed(partnership), InertText.Run(". Nothing is shown.")),
        "Summaries are for the workshop's members, facilitators and observers, the partnership's owners, and people they share them with. "
        + $"Ask an owner of the partnership to type {commandPrefix}share summaries with, and @mention you, in the workshop's chat. Chief officers can also be added by the bot's administrator.");

    public static JsonObject NoWorkshopHere(string commandPrefix) => ErrorCard.Build(
        CardElements.Text("There is no workshop in this conversation, so I do not know which partnership you mean."),
        $"Type the partnership's name too, for example: {commandPrefix}summary {Example}");

    public static JsonObject UnknownPartnership(string typed, string commandPrefix) => ErrorCard.Build(
        InertText.Paragraph(InertText.Run("I found no workshop for "), InertText.Typed(typed, italic: true), InertText.Run(".")),
        $"Type the partnership's name as it was given when the workshop started, for example: {commandPrefix}summary {Example}");

    public static JsonObject SeveralPartnerships(string typed, IReadOnlyList<string> partnerships, string commandPrefix)
    {
        ArgumentNullException.ThrowIfNull(partnerships);
        return ErrorCard.Build(
            InertText.Paragraph(InertText.Run("Several partnerships match "), InertText.Typed(typed, italic: true), InertText.Run(": "), InertText.Typed(string.Join("; ", partnerships)), InertText.Run(".")),
            $"Type the whole name, for example: {commandPrefix}summary {partnerships[0]}");
    }

    public static JsonObject UnknownProposal(string typed, string commandPrefix) => ErrorCard.Build(
        InertText.Paragraph(InertText.Run("There is no proposal "), InertText.Typed(typed, italic: true), InertText.Run(" in this workshop's framework.")),
        $"Type the proposal's number, for example: {commandPrefix}summary 2.3");

    public static JsonObject OnlyOneWorkshop(string partnership, string commandPrefix) => ErrorCard.Build(
        InertText.Paragraph(InertText.Run("There is only one workshop of "), InertText.Typed(partnership), InertText.Run(", so there is nothing to compare it with.")),
        $"Type {commandPrefix}import previous <partnership> <date> to import the previous round, for example: {commandPrefix}import previous {Example} March 2019");

    public static JsonObject NothingToOverview() => ErrorCard.Build(
        CardElements.Text("There is no partnership whose summaries you may read."),
        "Ask a workshop's facilitator to share its summaries with you.");
}
