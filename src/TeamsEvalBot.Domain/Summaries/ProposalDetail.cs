using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Summaries;

/// <summary>The counts of one revealed round of a proposal.</summary>
public sealed record RoundTally(int Round, Tally Tally);

/// <summary>One proposal in full: the agreed position, the ratings behind it, how the rounds went, and the change since the previous workshop.</summary>
public sealed record ProposalDetail(
    Framework Framework,
    Workshop Workshop,
    Proposal Proposal,
    AgreedPosition? Agreed,
    int? PreviousRank,
    IReadOnlyList<RoundTally> Rounds,
    IReadOnlyList<RatingEntry> AgreedRoundRatings,
    DateOnly Today)
{
    public LevelChange Change => Agreed is { } agreed ? LevelChanges.Between(agreed.LevelRank, PreviousRank) : LevelChange.NoPrevious;

    /// <summary>Whether the ratings of the agreed round were contested; null when they were not, or nothing is agreed.</summary>
    public Contest? Contest => Agreed is { } agreed && Rounds.FirstOrDefault(r => r.Round == agreed.Round) is { } round ? Contest.From(round.Tally) : null;

    /// <param name="progress">Where the proposal stands; null when it was never posted.</param>
    /// <param name="ratings">Ratings by proposal and round, each carrying the rater's current organisation.</param>
    public static ProposalDetail Build(
        Framework framework,
        Workshop workshop,
        Proposal proposal,
        AgreedPosition? agreed,
        ProposalProgress? progress,
        IReadOnlyDictionary<ProposalRound, IReadOnlyList<RatingEntry>> ratings,
        PreviousWorkshop? previous,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(ratings);

        // Only revealed rounds are counted: an open or closed round is still blind.
        var revealed = progress is null ? 0 : progress.Status == ProposalStatus.Revealed ? progress.Round : progress.Round - 1;
        var rounds = Enumerable.Range(1, Math.Max(0, revealed))
            .Select(round => new RoundTally(round, SummaryCalculator.TallyOf(framework, workshop, ratings, new ProposalRound(proposal.Id, round))))
            .ToList();
        var agreedRatings = agreed is null ? [] : ratings.GetValueOrDefault(new ProposalRound(proposal.Id, agreed.Round)) ?? [];
        return new ProposalDetail(framework, workshop, proposal, agreed, previous?.RankOf(framework.Id, proposal.Id), rounds, agreedRatings, today);
    }
}
