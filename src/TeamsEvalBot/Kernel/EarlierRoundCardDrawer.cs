using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Kernel;

/// <summary>An earlier round's shared card, from that round's stored ratings: revealed, as it was left.</summary>
public sealed class EarlierRoundCardDrawer(ProposalCardLoader loader) : IPostedCardDrawer
{
    public PostedCardKind Kind => PostedCardKind.EarlierRound;

    public async Task<JsonObject?> DrawAsync(string workshopId, PostedCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        return await loader.LoadRoundAsync(workshopId, card.ProposalId, card.Round, cancellationToken) is { } model ? ProposalCard.Shared(model) : null;
    }
}
