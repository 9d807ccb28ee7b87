using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Protocol.Connector;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Reconciliation;

/// <summary>
/// "revote &lt;id&gt;": after discussion, a facilitator opens a new round of rating, in the Delphi way.
/// Earlier rounds and their cards stay as they were; a new card is posted for the new round.
/// </summary>
public sealed class RevoteCommand(
    FacilitatorGuard guard,
    WorkshopStore store,
    FrameworkCatalogue frameworks,
    ConnectorClient connector,
    TimeProvider clock,
    ILogger<RevoteCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var arguments = request.Arguments;
        var stored = await guard.AsFacilitatorAsync(turn, "open a new round", cancellationToken);
        if (stored is null)
        {
            return;
        }

        var workshop = stored.Value;
        var framework = frameworks.For(workshop);
        var proposal = framework.FindProposal(arguments);
        var progress = proposal is null ? null : await store.GetProgressAsync(workshop.Id, proposal.Id, cancellationToken);
        if (proposal is null || !proposal.IsRateable || progress is null || !progress.Value.CanOpenNewRound)
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "proposal not revealed");
            await turn.SendCardAsync(ErrorCard.Build(
                InertText.Paragraph(InertText.Run("There is no revealed proposal "), InertText.Typed(arguments.Length == 0 ? "(none given)" : arguments, italic: true), InertText.Run(" to rate again.")),
                $"Reveal the current round first, for example: {turn.CommandPrefix}reveal 1.1. Then type {turn.CommandPrefix}revote 1.1"), cancellationToken);
            return;
        }

        var next = progress.Value.NextRound(clock.GetUtcNow());
        var members = await store.GetMembersAsync(workshop.Id, cancellationToken);
        var cardId = await turn.SendCardAsync(ProposalCard.Shared(ProposalCardLoader.Model(framework, proposal, workshop, next, [], members)), cancellationToken);
        // The ended round's card stays in the chat, showing its evidence: it is kept, so that "forget me" can redraw it.
        var endedCard = progress.Value.CardActivityId is { } endedId
            ? new PostedCard(proposal.Id, progress.Value.Round, PostedCardKind.EarlierRound, workshop.ServiceUrl, workshop.ConversationId, endedId)
            : null;
        if (!await ConcurrentChanges.SavedAsync(() => store.OpenNextRoundAsync(workshop.Id, next with { CardActivityId = cardId }, progress.ETag, endedCard, cancellationToken), logger, workshop.Id))
        {
            if (cardId is not null)
            {
                await connector.DeleteActivityAsync(workshop.ServiceUrl, workshop.ConversationId, cardId, cancellationToken);
            }

            await turn.SendCardAsync(ErrorCard.Build(CardElements.Text($"Someone changed proposal {proposal.Id} at the same moment, so no new round was opened."), "Check with status, then try again."), cancellationToken);
            return;
        }

        await turn.SendCardAsync(CardElements.Card([CardElements.Text($"Round {next.Round} of proposal {proposal.Id} is open. Rate it again on the new card. The results of round {progress.Value.Round} stay on its card.")]), cancellationToken);
    }
}
