using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;

namespace TeamsEvalBot.Kernel;

/// <summary>
/// Counts each rating with its rater's current organisation, as the revealed cards do: a person who
/// says which body they speak for after rating is counted with that body.
/// </summary>
public static class CurrentOrganisations
{
    public static IReadOnlyDictionary<TeamsEvalBot.Domain.Summaries.ProposalRound, IReadOnlyList<RatingEntry>> Apply(
        IReadOnlyDictionary<TeamsEvalBot.Domain.Summaries.ProposalRound, IReadOnlyList<RatingEntry>> ratings,
        IReadOnlyList<Member> members)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(members);
        var organisations = members.ToDictionary(m => m.Id, m => m.Organisation, StringComparer.Ordinal);
        return ratings.ToDictionary(
            r => r.Key,
            r => (IReadOnlyList<RatingEntry>)[.. r.Value.Select(rating => organisations.TryGetValue(rating.ParticipantId, out var organisation) && organisation != PartnerOrganisation.Unknown ? rating with { Organisation = organisation } : rating)]);
    }
}
