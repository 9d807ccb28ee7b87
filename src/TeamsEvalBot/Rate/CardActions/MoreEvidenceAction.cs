using System.Text.Json.Nodes;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.Workshops.Cards.Proposals;
using TeamsEvalBot.Workshops.Frameworks;
using TeamsEvalBot.Workshops.Workshops;

namespace TeamsEvalBot.Rate.CardActions;

/// <summary>Pages through the evidence of a revealed proposal.</summary>
public sealed class MoreEvidenceAction(WorkshopStore store, FrameworkCatalogue frameworks) : ICardAction
{
    public string Verb => CardVerbs.MoreEvidence;

    public async Task<JsonObject> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        var target = await RatingTarget.LoadAsync(request, store, frameworks, cancellationToken);
        if (target.Error is not null)
        {
            return target.Error;
        }

        var model = target.Model!;
        if (model.Progress.Status != ProposalStatus.Revealed)
        {
            return ProposalCard.Shared(model);
        }

        var page = Math.Clamp(request.Number("page") ?? 0, 0, model.Ratings.Count);
        return ProposalCard.Revealed(model, page, forFacilitator: model.Workshop.IsFacilitator(request.Turn.PersonId));
    }
}
