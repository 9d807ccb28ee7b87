using TeamsEvalBot.Workshops.Rating;
using TeamsEvalBot.Workshops.Workshops;

namespace TeamsEvalBot.Workshops.Summaries;

/// <summary>Agreement across a whole workshop: Krippendorff's alpha over each proposal's latest revealed round.</summary>
public static class WorkshopAgreement
{
    public static double? Alpha(IReadOnlyList<ProposalProgress> progress, IReadOnlyDictionary<ProposalRound, IReadOnlyList<RatingEntry>> ratings, int levelCount)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(ratings);
        var units = progress
            .Select(LatestRevealedRound)
            .OfType<ProposalRound>()
            .Select(round => (IReadOnlyCollection<int>)[.. (ratings.GetValueOrDefault(round) ?? []).Select(r => r.LevelRank)]);
        return KrippendorffAlpha.Ordinal(units, levelCount);
    }

    // A round before the current one was revealed before the re-rating opened; the current one only once it is revealed.
    private static ProposalRound? LatestRevealedRound(ProposalProgress progress) =>
        progress.Status == ProposalStatus.Revealed ? new ProposalRound(progress.ProposalId, progress.Round)
        : progress.Round > 1 ? new ProposalRound(progress.ProposalId, progress.Round - 1)
        : null;
}
