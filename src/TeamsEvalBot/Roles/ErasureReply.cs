using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Storage.Erasures;

namespace TeamsEvalBot.Roles;

/// <summary>What "forget me" answers: how much was erased, in counts, what stays, and what to do when it could not finish.</summary>
public static class ErasureReply
{
    public static JsonObject Done(ErasureTotals totals) => Build(totals, againPrefix: null);

    /// <summary>Some rows kept changing: what was erased stays erased, and the person is told how to finish.</summary>
    public static JsonObject Partly(ErasureTotals totals, string commandPrefix) => Build(totals, commandPrefix);

    private static JsonObject Build(ErasureTotals totals, string? againPrefix)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var workshops = totals.WorkshopIds.Count;
        if (workshops == 0 && againPrefix is null)
        {
            return CardElements.Card(
            [
                CardElements.Heading("Nothing to erase"),
                CardElements.Text("You have no ratings, evidence or e-mail address stored in this organisation's workshops, so nothing was erased."),
            ]);
        }

        var body = new List<JsonNode> { CardElements.Heading(againPrefix is null ? "Your ratings are erased" : "Your ratings are partly erased") };
        body.Add(CardElements.Text($"I erased {Count(totals.Ratings, "rating")}, with their evidence and suggested actions, from {Count(workshops, "workshop")}."));
        if (totals.HistoryEntries > 0)
        {
            body.Add(CardElements.Text($"I also erased the record of your changes to them ({Count(totals.HistoryEntries, "entry", "entries")})."));
        }

        if (totals.Emails > 0)
        {
            body.Add(CardElements.Text($"Your e-mail address is gone from the member lists of {Count(totals.Emails, "workshop")}. Your name stays there while you are in those chats."));
        }

        body.Add(CardElements.Text("The cards in the chats that showed your evidence are redrawn without it, and exported documents that could hold it are deleted."));
        body.Add(CardElements.Text("Agreed positions stay as they were recorded: they are the partnership's decisions. A note that you asked for this, with these numbers and none of your words, is kept for audit."));
        if (againPrefix is not null)
        {
            body.Add(CardElements.Text($"Some of your ratings changed while I was erasing them, so I could not finish. Type {againPrefix}forget me again to erase the rest."));
        }

        return CardElements.Card(body);
    }

    private static string Count(int count, string one, string? many = null) =>
        count == 1 ? $"1 {one}" : $"{count} {many ?? one + "s"}";
}
