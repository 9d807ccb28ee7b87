using TeamsEvalBot.Domain.Cards;
using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Rating.Cards;

/// <summary>Everything one view of a proposal card may show. Views take only what they are allowed to show.</summary>
public sealed record ProposalCardModel(
    Framework Framework,
    Proposal Proposal,
    Workshop Workshop,
    ProposalProgress Progress,
    IReadOnlyList<RatingEntry> Ratings,
    IReadOnlyList<string> RefreshUserIds)
{
    /// <summary>
    /// False when <see cref="Ratings"/> holds the viewer's own rating only, as a rating's answer does:
    /// then no view shows a count or a tally, since any it showed could be wrong.
    /// </summary>
    public bool HoldsEveryRating { get; init; } = true;

    public int RatedCount => Ratings.Count;

    /// <summary>The roster rows read with the proposal: the workshop's people, who may be chosen to lead an action.</summary>
    public IReadOnlyList<Participants.Member> People { get; init; } = [];

    public Tally Tally() => TallyCalculator.Compute(Ratings, Framework.Levels.Count, Workshop.Settings.MinimumGroupSize);

    public KeyFeature KeyFeature => Framework.FindKeyFeature(Proposal.KeyFeatureId)!;
}
