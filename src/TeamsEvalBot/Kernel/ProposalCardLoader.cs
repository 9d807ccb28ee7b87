using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating.Cards;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Kernel;

/// <summary>Builds the model behind a proposal card from what is stored.</summary>
public sealed class ProposalCardLoader(WorkshopStore store, FrameworkCatalogue frameworks)
{
    /// <summary>
    /// A card model in which each rating carries its rater's current organisation: a person who
    /// says which body they speak for after rating is counted with that body.
    /// </summary>
    public static ProposalCardModel Model(Framework framework, Proposal proposal, Workshop workshop, ProposalProgress progress, IReadOnlyList<TeamsEvalBot.Domain.Rating.RatingEntry> ratings, IReadOnlyList<Member> members)
    {
        var organisations = members.ToDictionary(m => m.Id, m => m.Organisation, StringComparer.Ordinal);
        var current = ratings.Select(r => organisations.TryGetValue(r.ParticipantId, out var organisation) && organisation != PartnerOrganisation.Unknown ? r with { Organisation = organisation } : r).ToList();
        return new(framework, proposal, workshop, progress, current, [.. members.Select(m => m.Id)]) { People = members };
    }

    /// <summary>The model for a posted proposal, or null when the workshop or proposal is not there.</summary>
    public async Task<ProposalCardModel?> LoadAsync(string workshopId, string proposalId, CancellationToken cancellationToken) =>
        // One query: the workshop, the proposal, the roster and the current round's ratings.
        From(await store.GetRatingContextAsync(workshopId, proposalId, round: null, cancellationToken), proposalId, round: null);

    /// <summary>
    /// The model of one round as that round's own card shows it: an earlier round reads as revealed,
    /// with its own ratings. Null when the round has not started.
    /// </summary>
    public async Task<ProposalCardModel?> LoadRoundAsync(string workshopId, string proposalId, int round, CancellationToken cancellationToken) =>
        From(await store.GetRatingContextAsync(workshopId, proposalId, round, cancellationToken), proposalId, round);

    private ProposalCardModel? From(RatingContext context, string proposalId, int? round)
    {
        if (context.Workshop is null || context.Progress is not { } current || round > current.Round)
        {
            return null;
        }

        var framework = frameworks.For(context.Workshop);
        var proposal = framework.FindProposal(proposalId);
        var progress = round is { } earlier && earlier < current.Round ? current.AsEarlierRound(earlier) : current;
        return proposal is null || !proposal.IsRateable
            ? null
            : Model(framework, proposal, context.Workshop, progress, context.Ratings, context.Members);
    }
}
