using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Rating;

/// <summary>"close &lt;id&gt;" stops rating; "reveal &lt;id&gt;" shows the results (closing first if needed).</summary>
public abstract class ProposalStatusCommand(
    FacilitatorGuard guard,
    WorkshopStore store,
    FrameworkCatalogue frameworks,
    SharedCardRefresher cards,
    ILogger logger) : IMessageCommand
{
    protected abstract ProposalStatus Target { get; }

    protected abstract string ActionWords { get; }

    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var arguments = request.Arguments;
        var workshop = await guard.AsFacilitatorAsync(turn, ActionWords, cancellationToken);
        if (workshop is null)
        {
            return;
        }

        var proposal = frameworks.For(workshop.Value).FindProposal(arguments.Trim());
        var progress = proposal is null ? null : await store.GetProgressAsync(workshop.Value.Id, proposal.Id, cancellationToken);
        if (proposal is null || !proposal.IsRateable || progress is null)
        {
            WorkshopLog.Refused(logger, request.Verb, turn.PersonId, "proposal not posted or not rateable");
            await turn.SendCardAsync(ErrorCard.Build(
                InertText.Paragraph(InertText.Run("There is no posted proposal "), InertText.Typed(arguments.Length == 0 ? "(none given)" : arguments, italic: true), InertText.Run(" to rate in this workshop.")),
                $"Type {turn.CommandPrefix}status to see the posted proposals, then for example {turn.CommandPrefix}{request.Verb} 1.1"), cancellationToken);
            return;
        }

        if (!progress.Value.CanMoveTo(Target))
        {
            await turn.SendCardAsync(CardElements.Card([CardElements.Text($"Proposal {proposal.Id} is already {Target.ToString().ToLowerInvariant()}.")]), cancellationToken);
            return;
        }

        if (!await ConcurrentChanges.SavedAsync(() => store.UpdateProgressAsync(workshop.Value.Id, progress, progress.Value.MovedTo(Target), cancellationToken), logger, workshop.Value.Id))
        {
            await turn.SendCardAsync(ErrorCard.Build(CardElements.Text($"Someone changed proposal {proposal.Id} at the same moment, so nothing was changed."), "Check with status, then try again."), cancellationToken);
            return;
        }

        await cards.UpdateNowAsync(workshop.Value.Id, proposal.Id, cancellationToken);
        await turn.SendCardAsync(CardElements.Card([CardElements.Text($"Proposal {proposal.Id} is now {Target.ToString().ToLowerInvariant()}.")]), cancellationToken);
    }
}

public sealed class CloseCommand(FacilitatorGuard guard, WorkshopStore store, FrameworkCatalogue frameworks, SharedCardRefresher cards, ILogger<CloseCommand> logger)
    : ProposalStatusCommand(guard, store, frameworks, cards, logger)
{
    protected override ProposalStatus Target => ProposalStatus.Closed;

    protected override string ActionWords => "close a proposal";
}

public sealed class RevealCommand(FacilitatorGuard guard, WorkshopStore store, FrameworkCatalogue frameworks, SharedCardRefresher cards, ILogger<RevealCommand> logger)
    : ProposalStatusCommand(guard, store, frameworks, cards, logger)
{
    protected override ProposalStatus Target => ProposalStatus.Revealed;

    protected override string ActionWords => "reveal results";
}
