using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Roles;

/// <summary>
/// "forget me": erases the sender's ratings and evidence in every workshop of their tenant, from
/// any chat. Agreed positions stay: they are the partnership's decisions. The erasure is audited
/// by counts, never by content.
/// </summary>
public sealed class ForgetMeCommand(
    WorkshopAdminStore admin,
    SharedCardRefresher cards,
    TimeProvider clock,
    ILogger<ForgetMeCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        if (turn.Activity.TenantId is not { Length: > 0 } tenantId)
        {
            await turn.SendCardAsync(ErrorCard.Build(
                CardElements.Text("This message did not say which organisation's Teams it came from, so nothing was erased."),
                "Type forget me in a chat in Microsoft Teams."), cancellationToken);
            return;
        }

        var erased = new Dictionary<string, PersonErasure>(StringComparer.Ordinal);
        var finished = true;
        try
        {
            foreach (var workshopId in await admin.GetTenantWorkshopIdsAsync(tenantId, cancellationToken))
            {
                var erasure = await admin.ErasePersonAsync(workshopId, turn.PersonId, cancellationToken);
                erased[workshopId] = erasure;
                foreach (var proposalId in erasure.ChangedProposals)
                {
                    // The shared cards' counts and results are recomputed without this person.
                    cards.MarkChanged(workshopId, proposalId);
                }
            }
        }
        catch (ConcurrentChangeException)
        {
            finished = false;
        }

        await admin.RecordErasureAsync(tenantId, turn.PersonId, clock.GetUtcNow(), erased, cancellationToken);
        var totals = new Totals([.. erased.Values]);
        RolesLog.PersonErased(logger, totals.Ratings, totals.HistoryEntries, totals.Workshops, finished);
        await turn.SendCardAsync(Reply(totals, finished, turn.CommandPrefix), cancellationToken);
    }

    private static JsonObject Reply(Totals totals, bool finished, string prefix)
    {
        if (totals.Workshops == 0 && finished)
        {
            return CardElements.Card(
            [
                CardElements.Heading("Nothing to erase"),
                CardElements.Text("You have no ratings, evidence or e-mail address stored in this organisation's workshops, so nothing was erased."),
            ]);
        }

        var body = new List<JsonNode> { CardElements.Heading(finished ? "Your ratings are erased" : "Your ratings are partly erased") };
        body.Add(CardElements.Text($"I erased {Count(totals.Ratings, "rating")}, with their evidence and suggested actions, from {Count(totals.Workshops, "workshop")}."));
        if (totals.HistoryEntries > 0)
        {
            body.Add(CardElements.Text($"I also erased the record of your changes to them ({Count(totals.HistoryEntries, "entry", "entries")})."));
        }

        if (totals.Emails > 0)
        {
            body.Add(CardElements.Text($"Your e-mail address is gone from the member lists of {Count(totals.Emails, "workshop")}. Your name stays there while you are in those chats."));
        }

        body.Add(CardElements.Text("Agreed positions stay as they were recorded: they are the partnership's decisions. A note that you asked for this, with these numbers and none of your words, is kept for audit."));
        if (!finished)
        {
            body.Add(CardElements.Text($"Some of your ratings changed while I was erasing them, so I could not finish. Type {prefix}forget me again to erase the rest."));
        }

        return CardElements.Card(body);
    }

    private static string Count(int count, string one, string? many = null) =>
        count == 1 ? $"1 {one}" : $"{count} {many ?? one + "s"}";

    private sealed record Totals(int Ratings, int HistoryEntries, int Emails, int Workshops)
    {
        public Totals(IReadOnlyList<PersonErasure> erased)
            : this(erased.Sum(e => e.Ratings), erased.Sum(e => e.HistoryEntries), erased.Count(e => e.EmailErased), erased.Count(e => e.ErasedAnything))
        {
        }
    }
}
