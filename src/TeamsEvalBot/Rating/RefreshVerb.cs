using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Rating;

/// <summary>Universal Actions refresh: each person gets their own view of a proposal card.</summary>
public sealed class RefreshVerb(WorkshopStore store, FrameworkCatalogue frameworks) : ICardVerb
{
    public async Task<JsonObject> ExecuteAsync(CardVerbRequest request, CancellationToken cancellationToken)
    {
        var target = await RatingTarget.LoadAsync(request, store, frameworks, cancellationToken);
        if (target.Error is not null)
        {
            return target.Error;
        }

        var model = target.Model!;
        if (model.Progress.IsRevealed)
        {
            return ProposalCard.Revealed(model, page: 0, forFacilitator: model.Workshop.IsFacilitator(request.Turn.PersonId));
        }

        var own = model.Ratings.FirstOrDefault(r => r.ParticipantId == request.Turn.PersonId);
        return own is null ? ProposalCard.Shared(model) : ProposalCard.Own(model, own);
    }
}
