using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Summaries;

/// <summary>
/// Krippendorff's alpha (ordinal) across a whole workshop, and how many proposals it was computed
/// over. The summary and the export both show it, so they share this one rule.
/// </summary>
public sealed record WorkshopAgreement(double? Alpha, int Proposals)
{
    /// <summary>
    /// One unit per rated proposal: the ratings of the round its position was agreed in, or of its
    /// latest revealed round when nothing is agreed yet. Unrevealed rounds are still blind, so they never count.
    /// </summary>
    public static WorkshopAgreement Of(
        Framework framework,
        IReadOnlyDictionary<string, AgreedPosition> agreed,
        IReadOnlyList<ProposalProgress> progress,
        IReadOnlyDictionary<ProposalRound, IReadOnlyList<RatingEntry>> ratings)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(agreed);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(ratings);
        var units = new List<IReadOnlyCollection<int>>();
        foreach (var proposal in framework.Proposals.Where(p => p.IsRateable))
        {
            var round = agreed.TryGetValue(proposal.Id, out var position) ? position.Round : LatestRevealed(progress, proposal.Id);
            if (round > 0 && ratings.GetValueOrDefault(new ProposalRound(proposal.Id, round)) is { Count: > 0 } unit)
            {
                units.Add([.. unit.Select(r => r.LevelRank)]);
            }
        }

        return new WorkshopAgreement(KrippendorffAlpha.Ordinal(units, framework.Levels.Count), units.Count);
    }

    // A round before the current one was revealed before the re-rating opened; the current one only once it is revealed.
    private static int LatestRevealed(IReadOnlyList<ProposalProgress> progress, string proposalId) =>
        progress.FirstOrDefault(p => string.Equals(p.ProposalId, proposalId, StringComparison.OrdinalIgnoreCase)) is { } p
            ? (p.Status == ProposalStatus.Revealed ? p.Round : p.Round - 1)
            : 0;
}
