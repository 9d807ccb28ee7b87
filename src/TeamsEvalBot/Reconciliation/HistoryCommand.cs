using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Reconciliation.Cards;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Reconciliation;

/// <summary>"history &lt;id&gt;": the audit trail of a proposal's agreed position, for facilitators.</summary>
public sealed class HistoryCommand(FacilitatorGuard guard, AgreedPositionStore positions, FrameworkCatalogue frameworks) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var arguments = request.Arguments;
        var workshop = await guard.AsFacilitatorAsync(turn, "see the history of an agreed position", cancellationToken);
        if (workshop is null)
        {
            return;
        }

        var framework = frameworks.For(workshop.Value);
        if (framework.FindProposal(arguments) is not { } proposal)
        {
            await turn.SendCardAsync(ErrorCard.Build(
                InertText.Paragraph(InertText.Run("There is no proposal "), InertText.Typed(arguments.Length == 0 ? "(none given)" : arguments, italic: true), InertText.Run(" in this framework.")),
                $"Type the proposal's number, for example: {turn.CommandPrefix}history 1.1"), cancellationToken);
            return;
        }

        var entries = await positions.GetAuditAsync(workshop.Value.Id, proposal.Id, cancellationToken);
        await turn.SendCardAsync(HistoryCard.Build(framework, proposal.Id, entries), cancellationToken);
    }
}
