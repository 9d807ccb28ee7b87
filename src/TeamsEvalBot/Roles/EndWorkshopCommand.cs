using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Roles;

/// <summary>
/// "end workshop": a facilitator makes the workshop read-only. Its ratings stay stored and
/// readable; the conversation is free for the next workshop.
/// </summary>
public sealed class EndWorkshopCommand(
    FacilitatorGuard guard,
    WorkshopStore store,
    WorkshopAdminStore admin,
    SharedCardRefresher cards,
    TimeProvider clock,
    ILogger<EndWorkshopCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var stored = await guard.AsFacilitatorAsync(turn, "end the workshop", cancellationToken);
        if (stored is null)
        {
            return;
        }

        var ended = stored.Value with { Status = WorkshopStatus.Ended };
        if (stored.Value.Status == WorkshopStatus.Open)
        {
            if (!await ConcurrentChanges.SavedAsync(() => store.EndAsync(ended, stored.ETag, cancellationToken), logger, ended.Id))
            {
                await turn.SendCardAsync(ErrorCard.Build(
                    CardElements.Text("Someone changed this workshop at the same moment, so it has not ended. Nothing was lost."),
                    $"Type {turn.CommandPrefix}end workshop again."), cancellationToken);
                return;
            }
        }

        // The status is what counts; the steps after it are safe to repeat, so an interrupted end finishes when typed again.
        await admin.RecordEndedAsync(ended, clock.GetUtcNow(), cancellationToken);
        await admin.ReleaseConversationAsync(ended.ConversationId, ended.Id, cancellationToken);
        RolesLog.WorkshopEnded(logger, ended.Id);
        await UpdateCardsAsync(ended.Id, cancellationToken);
        await turn.SendCardAsync(CardElements.Card(
        [
            CardElements.Heading("Workshop ended"),
            InertText.Paragraph(InertText.Run("The workshop for "), InertText.Typed(ended.Partnership), InertText.Run(" has ended. Its cards no longer take ratings. Its ratings and evidence stay stored.")),
            CardElements.Text($"To start the next workshop here, type {turn.CommandPrefix}start workshop followed by the partnership's name."),
        ]), cancellationToken);
    }

    // Revealed cards show results, not a rating form, so only the others need the ended notice.
    private async Task UpdateCardsAsync(string workshopId, CancellationToken cancellationToken)
    {
        foreach (var progress in await store.GetAllProgressAsync(workshopId, cancellationToken))
        {
            if (progress.Status == ProposalStatus.Revealed || progress.CardActivityId is null)
            {
                continue;
            }

            // A card whose update fails still refuses ratings; the refresher tries it again.
            await cards.UpdateNowAsync(workshopId, progress.ProposalId, cancellationToken);
        }
    }
}
