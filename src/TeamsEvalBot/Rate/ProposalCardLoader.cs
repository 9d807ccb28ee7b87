using TeamsEvalBot.Storage.Workshops;
using TeamsEvalBot.Workshops.Cards.Proposals;
using TeamsEvalBot.Workshops.Frameworks;
using TeamsEvalBot.Workshops.Participants;
using TeamsEvalBot.Workshops.Workshops;

namespace TeamsEvalBot.Rate;

/// <summary>Builds the model behind a proposal card from what is stored.</summary>
public sealed class ProposalCardLoader(WorkshopStore store, FrameworkCatalogue frameworks)
{
    /// <summary>
    /// A card model in which each rating carries its rater's current organisation: a person who
    /// says which body they speak for after rating is counted with that body.
    /// </summary>
    public static ProposalCardModel Model(Framework framework, Proposal proposal, Workshop workshop, ProposalProgress progress, IReadOnlyList<TeamsEvalBot.Workshops.Rating.RatingEntry> ratings, IReadOnlyList<Member> members)
    {
        var organisations = members.ToDictionary(m => m.Id, m => m.Organisation, StringComparer.Ordinal);
        var current = ratings.Select(r => organisations.TryGetValue(r.ParticipantId, out var organisation) && organisation != PartnerOrganisation.Unknown ? r with { Organisation = organisation } : r).ToList();
        return new(framework, proposal, workshop, progress, current, [.. members.Select(m => m.Id)]);
    }

    /// <summary>The model for a posted proposal, or null when the workshop or proposal is not there.</summary>
    public async Task<ProposalCardModel?> LoadAsync(string workshopId, string proposalId, CancellationToken cancellationToken)
    {
        var workshop = await store.GetAsync(workshopId, cancellationToken);
        var progress = workshop is null ? null : await store.GetProgressAsync(workshopId, proposalId, cancellationToken);
        if (workshop is null || progress is null)
        {
            return null;
        }

        var framework = frameworks.For(workshop.Value);
        var proposal = framework.FindProposal(proposalId);
        if (proposal is null || !proposal.IsRateable)
        {
            return null;
        }

        var context = await store.GetRatingContextAsync(workshopId, proposalId, progress.Value.Round, cancellationToken);
        return Model(framework, proposal, context.Workshop!, context.Progress!, context.Ratings, context.Members);
    }
}
