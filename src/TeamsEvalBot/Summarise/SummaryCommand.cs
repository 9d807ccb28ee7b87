using System.Text.Json.Nodes;
using TeamsEvalBot.Rate;
using TeamsEvalBot.Turns;
using TeamsEvalBot.Workshops.Cards.Summaries;
using TeamsEvalBot.Workshops.Frameworks;
using TeamsEvalBot.Workshops.Workshops;

namespace TeamsEvalBot.Summarise;

/// <summary>
/// "summary [partnership]" and "summary &lt;id&gt; [partnership]", in any chat, 1:1 included: the
/// agreed summary of the conversation's workshop or of a partnership's latest, for those who may read it.
/// </summary>
public sealed class SummaryCommand(
    WorkshopFinder finder,
    SummaryReaders readers,
    SummaryLoader loader,
    FrameworkCatalogue frameworks,
    ILogger<SummaryCommand> logger) : IMessageCommand
{
    // Enough to see what was meant; typing more of the name narrows it.
    private const int MaxCandidatesShown = 10;

    public string Verb => "summary";

    public async Task ExecuteAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        var request = SummaryArguments.Parse(arguments);
        var workshop = await FindAsync(turn, request, cancellationToken);
        if (workshop is null)
        {
            return;
        }

        // Who may read is checked before anything about the workshop is shown, even whether a proposal exists.
        if (!await readers.MayReadAsync(workshop, Reader.Of(turn), cancellationToken))
        {
            SummaryLog.Refused(logger, Verb, workshop.Id, turn.PersonId);
            await turn.SendCardAsync(SummaryReplies.NotAllowed(workshop.Partnership, turn.CommandPrefix), cancellationToken);
            return;
        }

        JsonObject card;
        if (request.ProposalId is { } id)
        {
            if (frameworks.For(workshop).FindProposal(id) is not { } proposal)
            {
                await turn.SendCardAsync(SummaryReplies.UnknownProposal(id, turn.CommandPrefix), cancellationToken);
                return;
            }

            card = ProposalSummaryCard.Build(await loader.DetailAsync(workshop, proposal, cancellationToken));
        }
        else
        {
            card = SummaryCard.Build(await loader.SummaryAsync(workshop, cancellationToken), turn.CommandPrefix, byPartnership: request.Partnership is not null);
        }

        SummaryLog.Shown(logger, workshop.Id, request.ProposalId ?? "all proposals");
        await turn.SendCardAsync(card, cancellationToken);
    }

    /// <summary>The workshop asked about, or null after saying why there is none.</summary>
    private async Task<Workshop?> FindAsync(TurnContext turn, SummaryArguments request, CancellationToken cancellationToken)
    {
        if (request.Partnership is not { } partnership)
        {
            var here = await finder.InConversationAsync(turn.Activity.Conversation?.Id ?? string.Empty, cancellationToken);
            if (here is null)
            {
                await turn.SendCardAsync(SummaryReplies.NoWorkshopHere(turn.CommandPrefix), cancellationToken);
            }

            return here;
        }

        // No workshop has a longer name, and a long one would not fit a table key or a reply.
        if (partnership.Length > StartWorkshopCommand.MaxPartnershipLength)
        {
            await turn.SendCardAsync(SummaryReplies.UnknownPartnership(partnership[..StartWorkshopCommand.MaxPartnershipLength] + "…", turn.CommandPrefix), cancellationToken);
            return null;
        }

        var lookup = await finder.ForPartnershipAsync(partnership, cancellationToken);
        if (lookup.Workshop is null)
        {
            await turn.SendCardAsync(
                lookup.Candidates.Count > 1
                    ? SummaryReplies.SeveralPartnerships(partnership, [.. lookup.Candidates.Take(MaxCandidatesShown)], turn.CommandPrefix)
                    : SummaryReplies.UnknownPartnership(partnership, turn.CommandPrefix),
                cancellationToken);
        }

        return lookup.Workshop;
    }
}
