using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Summaries.Cards;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Kernel;

/// <summary>The workshop a reader asks about: the conversation's, or a named partnership's latest. Summaries and exports find it alike.</summary>
public sealed class AskedWorkshop(WorkshopFinder finder)
{
    // Enough to see what was meant; typing more of the name narrows it.
    private const int MaxCandidatesShown = 10;

    /// <summary>The workshop asked about, or null after saying why there is none.</summary>
    public async Task<Workshop?> FindAsync(TurnContext turn, string? partnership, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (partnership is null)
        {
            var here = await finder.InConversationAsync(turn.Activity.Conversation?.Id ?? string.Empty, cancellationToken);
            if (here is null)
            {
                await turn.SendCardAsync(SummaryReplies.NoWorkshopHere(turn.CommandPrefix), cancellationToken);
            }

            return here;
        }

        // No workshop has a longer name, and a long one would not fit a table key or a reply.
        if (partnership.Length > PartnershipName.MaxLength)
        {
            await turn.SendCardAsync(SummaryReplies.UnknownPartnership(partnership[..PartnershipName.MaxLength] + "…", turn.CommandPrefix), cancellationToken);
            return null;
        }

        var lookup = await finder.ForPartnershipAsync(turn.Activity.TenantId ?? string.Empty, partnership, cancellationToken);
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
