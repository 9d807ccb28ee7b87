using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Reconciliation.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Reconciliation;

/// <summary>Opens the reconciliation card from a revealed proposal, or adds an action block, keeping what was typed.</summary>
public sealed class ReconcileVerb(ReconcileLoader loader, WorkshopStore store, FacilitatorGuard guard, ILogger<ReconcileVerb> logger) : ICardVerb
{
    public async Task<JsonObject> ExecuteAsync(CardVerbRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var workshop = await request.WorkshopAsync(store, cancellationToken);
        if (workshop is not null && guard.Refusal(turn, workshop.Value, "reconcile a proposal") is { } refusal)
        {
            return refusal;
        }

        // The role, then the round, are checked before anything of the proposal is read.
        var problem = workshop is null ? "There is no revealed proposal on this card to reconcile." : await loader.NotReconcilableAsync(workshop.Value.Id, request.ProposalId, request.Number("round"), cancellationToken);
        var model = problem is null ? await loader.LoadAsync(workshop!.Value.Id, request.ProposalId, cancellationToken) : null;
        if (model is null || !model.Current.Progress.IsRevealed)
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "no revealed proposal");
            return ErrorCard.Build(CardElements.Text(problem ?? "There is no revealed proposal on this card to reconcile."), "Reveal the proposal first, then choose Reconcile.");
        }

        // From the reconciliation card itself the form's values come back with the action: keep them.
        var input = request.Data.ContainsKey("rationale") ? AgreementForm.Read(request) : null;
        return ReconcileCard.Build(model with { Input = input, RequestedActionSlots = request.Number("slots") ?? 0 });
    }
}
