using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Rating;

/// <summary>Pages through the evidence of a revealed proposal.</summary>
public sealed class MoreEvidenceVerb(WorkshopStore store, FrameworkCatalogue frameworks) : ICardVerb
{
    public async Task<JsonObject> ExecuteAsync(CardVerbRequest request, CancellationToken cancellationToken)
    {
        var target = await RatingTarget.LoadAsync(request, store, frameworks, cancellationToken);
        if (target.Error is not null)
        {
            return target.Error;
        }

        var model = target.Model!;
        if (!model.Progress.IsRevealed)
        {
            return ProposalCard.Shared(model);
        }

        var page = Math.Clamp(request.Number("page") ?? 0, 0, model.Ratings.Count);
        return ProposalCard.Revealed(model, page, forFacilitator: model.Workshop.IsFacilitator(request.Turn.PersonId));
    }
}
