using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Kernel;

namespace TeamsEvalBot.Export;

/// <summary>
/// What an export shows: the framework, the agreed positions by proposal id, the ratings of the
/// agreed rounds, alpha (null unless the reader facilitates, as on the summary) and today in UK time.
/// </summary>
public sealed record ExportContent(
    Framework Framework,
    Workshop Workshop,
    IReadOnlyDictionary<string, AgreedPosition> Agreed,
    IReadOnlyDictionary<ProposalRound, IReadOnlyList<RatingEntry>> Ratings,
    WorkshopAgreement? Agreement,
    DateOnly Today)
{
    public AgreedPosition? AgreedFor(Proposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return Agreed.GetValueOrDefault(proposal.Id);
    }

    /// <summary>The ratings behind an agreed position: those of the round it was agreed in.</summary>
    public IReadOnlyList<RatingEntry> AgreedRoundRatings(AgreedPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return Ratings.GetValueOrDefault(new ProposalRound(position.ProposalId, position.Round)) ?? [];
    }
}
