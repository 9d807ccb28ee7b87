using System.Text.Json.Nodes;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Summaries.Cards;
using TeamsEvalBot.Kernel;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Summaries;

/// <summary>
/// "summary [partnership]" and "summary &lt;id&gt; [partnership]", in any chat, 1:1 included: the
/// agreed summary of the conversation's workshop or of a partnership's latest, for those who may read it.
/// </summary>
public sealed class SummaryCommand(
    AskedWorkshop asked,
    SummaryReaders readers,
    SummaryLoader loader,
    FrameworkCatalogue frameworks,
    PrivateDelivery delivery,
    PostedCardStore posted,
    ILogger<SummaryCommand> logger) : IMessageCommand
{
    public async Task ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var turn = request.Turn;
        var arguments = request.Arguments;
        var parsed = SummaryArguments.Parse(arguments);
        var workshop = await asked.FindAsync(turn, parsed.Partnership, cancellationToken);
        if (workshop is null)
        {
            return;
        }

        // Who may read is checked before anything about the workshop is shown, even whether a proposal exists.
        if (!await readers.MayReadAsync(workshop, Reader.Of(turn), cancellationToken))
        {
            SummaryLog.Refused(logger, request.Verb, workshop.Id, turn.PersonId);
            await turn.SendCardAsync(SummaryReplies.NotAllowed(workshop.Partnership, turn.CommandPrefix), cancellationToken);
            return;
        }

        JsonObject card;
        ProposalRound? quoted = null;
        if (parsed.ProposalId is { } id)
        {
            if (frameworks.For(workshop).FindProposal(id) is not { } proposal)
            {
                await turn.SendCardAsync(SummaryReplies.UnknownProposal(id, turn.CommandPrefix), cancellationToken);
                return;
            }

            var detail = await loader.DetailAsync(workshop, proposal, cancellationToken);
            card = ProposalSummaryCard.Build(detail);
            quoted = ProposalSummaryCard.QuotedRound(detail) is { } round ? new ProposalRound(proposal.Id, round) : null;
        }
        else
        {
            // Alpha is for the facilitator's report, not for everyone who reads the summary.
            var agreement = workshop.IsFacilitator(turn.PersonId) ? await loader.AgreementAsync(workshop, cancellationToken) : null;
            card = SummaryCard.Build(await loader.SummaryAsync(workshop, cancellationToken), turn.CommandPrefix, byPartnership: parsed.Partnership is not null, agreement);
        }

        SummaryLog.Shown(logger, workshop.Id, parsed.ProposalId ?? "all proposals");
        var delivered = await delivery.SendAsync(turn, workshop, card, cancellationToken);
        if (quoted is { } evidence && delivered is { } where)
        {
            // It quotes a round's evidence, wherever it was sent: "forget me" must find it.
            await posted.RecordAsync(workshop.Id, new PostedCard(evidence.ProposalId, evidence.Round, PostedCardKind.ProposalSummary, turn.Activity.ServiceUrl ?? string.Empty, where.ConversationId, where.ActivityId), cancellationToken);
        }
    }
}
