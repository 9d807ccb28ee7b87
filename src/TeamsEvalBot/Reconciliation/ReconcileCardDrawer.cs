using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Reconciliation.Cards;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Reconciliation;

/// <summary>A reconcile card posted by "reconcile", drawn again for the round it was posted in.</summary>
public sealed class ReconcileCardDrawer(ReconcileLoader loader) : IPostedCardDrawer
{
    public PostedCardKind Kind => PostedCardKind.Reconcile;

    public async Task<JsonObject?> DrawAsync(string workshopId, PostedCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        return await loader.LoadRoundAsync(workshopId, card.ProposalId, card.Round, cancellationToken) is { } model ? ReconcileCard.Build(model) : null;
    }
}
