using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Summaries.Cards;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Summaries;

/// <summary>A proposal's summary posted by "summary &lt;id&gt;", drawn again from the agreed position and ratings stored now.</summary>
public sealed class ProposalSummaryCardDrawer(WorkshopStore store, SummaryLoader loader, FrameworkCatalogue frameworks) : IPostedCardDrawer
{
    public PostedCardKind Kind => PostedCardKind.ProposalSummary;

    public async Task<JsonObject?> DrawAsync(string workshopId, PostedCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (await store.GetAsync(workshopId, cancellationToken) is not { } workshop || frameworks.For(workshop.Value).FindProposal(card.ProposalId) is not { } proposal)
        {
            return null;
        }

        return ProposalSummaryCard.Build(await loader.DetailAsync(workshop.Value, proposal, cancellationToken));
    }
}
