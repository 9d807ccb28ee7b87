using System.Net;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// Redraws every card that showed the ratings of rounds just erased: the proposal's current shared
/// card (at once, not on the refresher's interval, which lives in memory and would not survive a
/// crash), and every card recorded as posted for those rounds, each drawn by its own journey. The
/// connector keeps the updates inside Teams' per-thread limits.
/// </summary>
public sealed class EvidenceCardRedraw(
    WorkshopStore store,
    PostedCardStore posted,
    SharedCardRefresher shared,
    IEnumerable<IPostedCardDrawer> drawers,
    ConnectorClient connector,
    ILogger<EvidenceCardRedraw> logger)
{
    private readonly Dictionary<PostedCardKind, IPostedCardDrawer> byKind = drawers.ToDictionary(d => d.Kind);

    public async Task RedrawAsync(string workshopId, IReadOnlyCollection<ProposalRound> erased, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erased);
        foreach (var proposal in erased.GroupBy(r => r.ProposalId, StringComparer.Ordinal))
        {
            var rounds = proposal.Select(r => r.Round).ToHashSet();
            if (await store.GetProgressAsync(workshopId, proposal.Key, cancellationToken) is { } progress && rounds.Contains(progress.Value.Round))
            {
                await UnlessOutOfReachAsync(workshopId, proposal.Key, () => shared.RedrawNowAsync(workshopId, proposal.Key, cancellationToken));

                // And once more on the refresher's interval: an update of a rating, read before the
                // erasure and on its way meanwhile, would otherwise leave the old count on the card.
                shared.MarkChanged(workshopId, proposal.Key);
            }

            foreach (var card in await posted.GetAsync(workshopId, proposal.Key, cancellationToken))
            {
                if (rounds.Contains(card.Round) && await byKind[card.Kind].DrawAsync(workshopId, card, cancellationToken) is { } drawn)
                {
                    await UnlessOutOfReachAsync(workshopId, proposal.Key, () => connector.UpdateActivityAsync(CardMessages.Update(card.ServiceUrl, card.ConversationId, card.ActivityId, drawn), cancellationToken));
                }
            }
        }
    }

    // A card deleted from its chat, a chat the bot has left, or a card Teams refuses: retrying cannot
    // help, so it is logged and the erasure goes on. Anything else stops it, to be resumed later.
    private async Task UnlessOutOfReachAsync(string workshopId, string proposalId, Func<Task> update)
    {
        try
        {
            await update();
        }
        catch (ConnectorException ex) when (ex.Status is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            WorkshopLog.ErasedCardOutOfReach(logger, ex, workshopId, proposalId);
        }
    }
}
