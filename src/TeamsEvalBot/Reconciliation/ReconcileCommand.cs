using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Reconciliation.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Reconciliation;

/// <summary>"reconcile &lt;id&gt;": a facilitator opens the reconciliation card of a revealed proposal.</summary>
public sealed class ReconcileCommand(FacilitatorGuard guard, ReconcileLoader loader, EvidenceCardPost post, ILogger<ReconcileCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var arguments = request.Arguments;
        var workshop = await guard.AsFacilitatorAsync(turn, "reconcile a proposal", cancellationToken);
        if (workshop is null)
        {
            return;
        }

        var model = await loader.LoadAsync(workshop.Value.Id, arguments.Trim(), cancellationToken);
        if (model is null || !model.Current.Progress.IsRevealed)
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "proposal not revealed");
            await turn.SendCardAsync(ErrorCard.Build(
                InertText.Paragraph(InertText.Run("There is no revealed proposal "), InertText.Typed(arguments.Length == 0 ? "(none given)" : arguments, italic: true), InertText.Run(" to reconcile.")),
                $"Reveal the proposal first, for example: {turn.CommandPrefix}reveal 1.1. Then type {turn.CommandPrefix}reconcile 1.1"), cancellationToken);
            return;
        }

        var current = model.Current;
        await post.SendAsync(turn, ReconcileCard.Build(model), workshop.Value.Id, current.Proposal.Id, current.Progress.Round, PostedCardKind.Reconcile, cancellationToken);
    }
}
