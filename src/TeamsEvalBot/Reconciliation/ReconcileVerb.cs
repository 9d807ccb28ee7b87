using System.Text.Json.Nodes;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Reconciliation.Cards;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Reconciliation;

/// <summary>Opens the reconciliation card from a revealed proposal, or adds an action block, keeping what was typed.</summary>
public sealed class ReconcileVerb(ReconcileLoader loader, WorkshopStore store, ILogger<ReconcileVerb> logger) : ICardVerb
{
    public async Task<JsonObject> ExecuteAsync(CardVerbRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var workshop = await request.WorkshopAsync(store, cancellationToken);
        var model = workshop is null ? null : await loader.LoadAsync(workshop.Value.Id, request.ProposalId, cancellationToken);
        if (workshop is null || model is null || model.Current.Progress.Status != ProposalStatus.Revealed)
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "no revealed proposal");
            return ErrorCard.Build(CardElements.Text("There is no revealed proposal on this card to reconcile."), "Reveal the proposal first, then choose Reconcile.");
        }

        if (!workshop.Value.IsFacilitator(turn.PersonId))
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "not a facilitator");
            return ErrorCard.Build(CardElements.Text("Only a facilitator can reconcile a proposal."), $"Ask {string.Join(" or ", workshop.Value.Facilitators.Select(f => f.Name))}.");
        }

        // From the reconciliation card itself the form's values come back with the action: keep them.
        var input = request.Data.ContainsKey("rationale") ? AgreementForm.Read(request) : null;
        return ReconcileCard.Build(model with { Input = input, RequestedActionSlots = request.Number("slots") ?? 0 });
    }
}
