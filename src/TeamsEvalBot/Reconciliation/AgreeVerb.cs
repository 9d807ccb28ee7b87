using System.Text.Json.Nodes;
using Azure;
using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Reconciliation.Cards;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Reconciliation;

/// <summary>
/// A facilitator saves an agreed position. The save is conditional on the version the card was
/// built from: if another facilitator saved in between, nothing is overwritten, and the card says
/// who changed it and when and shows the latest values.
/// </summary>
public sealed class AgreeVerb(
    ReconcileLoader loader,
    AgreedPositionStore positions,
    WorkshopStore store,
    FacilitatorGuard guard,
    TimeProvider clock,
    ILogger<AgreeVerb> logger) : ICardVerb
{
    public async Task<JsonObject> ExecuteAsync(CardVerbRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var workshop = await request.WorkshopAsync(store, cancellationToken);
        if (workshop is not null && guard.Refusal(turn, workshop.Value, "save the agreed position") is { } refusal)
        {
            return refusal;
        }

        // The role, then the round, are checked before anything of the proposal is read.
        if (workshop is not null && await loader.NotReconcilableAsync(workshop.Value.Id, request.ProposalId, request.Number("round"), cancellationToken) is { } notReconcilable)
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "round not revealed or not current");
            return ErrorCard.Build(CardElements.Text(notReconcilable), "Reveal the current round, then open the reconcile card again.");
        }

        var model = workshop is null ? null : await loader.LoadAsync(workshop.Value.Id, request.ProposalId, cancellationToken);
        if (workshop is null || model is null)
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "unknown workshop or proposal");
            return ErrorCard.Build(CardElements.Text("I cannot find the proposal this card belongs to. Nothing was saved."), "Type status to see this conversation's workshop.");
        }

        var input = AgreementForm.Read(request);

        if (!model.Current.Progress.IsRevealed)
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "proposal not revealed");
            return ErrorCard.Build(CardElements.Text("A new round is open for this proposal, so nothing was saved."), "Reveal the round, then agree the position.");
        }

        var (position, problem) = AgreementRules.Check(input, model.Current.Framework, model.Current.Progress, new Person(turn.PersonId, turn.PersonName), clock.GetUtcNow(), model.Current.People);
        if (position is null)
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "invalid agreement");
            return ReconcileCard.Build(model with { Input = input, Notice = $"The agreed position was not saved. {problem}" });
        }

        position = position with { RatingsWhenAgreed = Contest.Of(model.Current.Tally()) };
        var version = request.Text("version");
        if (!await ConcurrentChanges.SavedAsync(() => positions.SaveAsync(workshop.Value.Id, model.Agreed, position, string.IsNullOrEmpty(version) ? null : new ETag(version), cancellationToken), logger, workshop.Value.Id))
        {
            var latest = await loader.LoadAsync(workshop.Value.Id, request.ProposalId, cancellationToken);
            var by = latest!.Agreed is { } saved ? $"{saved.AgreedBy.Name} saved it at {saved.AgreedAt:HH:mm} (UTC)" : "Someone saved it";
            return ReconcileCard.Build(latest with { Notice = $"{by}, after you opened this card, so your changes were not saved. These are the latest values. Make your change again if it is still needed." });
        }

        await turn.SendCardAsync(AgreedCard.Build(model.Current.Framework, position, revised: model.Agreed is not null), cancellationToken);
        var reloaded = await loader.LoadAsync(workshop.Value.Id, request.ProposalId, cancellationToken);
        return ReconcileCard.Build(reloaded! with { Notice = "Saved. The agreed position is recorded, and the chat has been told.", NoticeIsGood = true });
    }
}
