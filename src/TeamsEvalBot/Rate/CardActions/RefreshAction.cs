using System.Text.Json.Nodes;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.Workshops.Cards.Proposals;
using TeamsEvalBot.Workshops.Frameworks;

namespace TeamsEvalBot.Rate.CardActions;

/// <summary>Universal Actions refresh: each person gets their own view of a proposal card.</summary>
public sealed class RefreshAction(WorkshopStore store, FrameworkCatalogue frameworks) : ICardAction
{
    public string Verb => CardVerbs.Refresh;

    public async Task<JsonObject> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        var target = await RatingTarget.LoadAsync(request, store, frameworks, cancellationToken);
        if (target.Error is not null)
        {
            return target.Error;
        }

        var model = target.Model!;
        if (model.Progress.Status == Workshops.Workshops.ProposalStatus.Revealed)
        {
            return ProposalCard.Revealed(model, page: 0, forFacilitator: model.Workshop.IsFacilitator(request.Turn.PersonId));
        }

        var own = model.Ratings.FirstOrDefault(r => r.ParticipantId == request.Turn.PersonId);
        return own is null ? ProposalCard.Shared(model) : ProposalCard.Own(model, own);
    }
}
