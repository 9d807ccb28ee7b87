using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Summaries;

/// <summary>Works out a workshop's summary from what is stored: agreed positions, the ratings of the agreed rounds, and the previous workshop.</summary>
public static class SummaryCalculator
{
    /// <summary>Whether <see cref="Summarise"/> needs ratings: only for positions that did not record theirs when agreed.</summary>
    public static bool NeedsRatings(IEnumerable<AgreedPosition> agreed) => agreed.Any(p => p.RatingsWhenAgreed is null);

    /// <param name="ratings">Ratings by proposal and round, each carrying the rater's current organisation; only read for positions without <see cref="AgreedPosition.RatingsWhenAgreed"/>.</param>
    /// <param name="today">Today in UK time, which decides whether an action is overdue.</param>
    public static WorkshopSummary Summarise(
        Framework framework,
        Workshop workshop,
        IReadOnlyList<AgreedPosition> agreed,
        IReadOnlyDictionary<ProposalRound, IReadOnlyList<RatingEntry>> ratings,
        PreviousWorkshop? previous,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(agreed);
        ArgumentNullException.ThrowIfNull(ratings);
        var byId = agreed.ToDictionary(p => p.ProposalId, StringComparer.OrdinalIgnoreCase);

        // Another framework's "2.3" is another statement, so its levels are no baseline.
        var comparable = previous is not null && string.Equals(previous.FrameworkId, framework.Id, StringComparison.OrdinalIgnoreCase) ? previous : null;
        var proposals = framework.Proposals.Select(proposal =>
        {
            if (!proposal.IsRateable)
            {
                return new ProposalSummary(proposal, ProposalState.NotForLocalCompletion, null, null, null, 0, 0);
            }

            if (!byId.TryGetValue(proposal.Id, out var position))
            {
                return new ProposalSummary(proposal, ProposalState.Pending, null, null, null, 0, 0);
            }

            var contest = position.RatingsWhenAgreed is { } seen
                ? (seen.IsContested ? seen : null)
                : Contest.From(TallyOf(framework, workshop, ratings, new ProposalRound(proposal.Id, position.Round)));
            return new ProposalSummary(
                proposal,
                ProposalState.Agreed,
                position.LevelRank,
                comparable?.RankOf(framework.Id, proposal.Id),
                contest,
                position.Actions.Count,
                position.Actions.Count(a => a.IsOverdue(today)));
        });
        return new WorkshopSummary(framework, workshop, comparable, [.. proposals]);
    }

    /// <summary>The tally of one round, with the workshop's anonymity minimum, as the revealed card showed it.</summary>
    public static Tally TallyOf(Framework framework, Workshop workshop, IReadOnlyDictionary<ProposalRound, IReadOnlyList<RatingEntry>> ratings, ProposalRound round)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(ratings);
        return TallyCalculator.Compute(ratings.GetValueOrDefault(round) ?? [], framework.Levels.Count, workshop.Settings.MinimumGroupSize);
    }
}
