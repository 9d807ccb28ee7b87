using TeamsEvalBot.Workshops.Frameworks;
using TeamsEvalBot.Workshops.Rating;
using TeamsEvalBot.Workshops.Reconciliation;
using TeamsEvalBot.Workshops.Summaries;
using TeamsEvalBot.Workshops.Workshops;

namespace TeamsEvalBot.Export;

/// <summary>Krippendorff's alpha (ordinal) across a workshop, and how many proposals it was computed over.</summary>
public sealed record ExportAgreement(double? Alpha, int Proposals)
{
    /// <summary>
    /// One unit per rated proposal: the ratings of its agreed round, or of its latest revealed round
    /// when nothing is agreed yet. Unrevealed rounds are still blind, so they never count.
    /// </summary>
    public static ExportAgreement Of(
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

        return new ExportAgreement(KrippendorffAlpha.Ordinal(units, framework.Levels.Count), units.Count);
    }

    private static int LatestRevealed(IReadOnlyList<ProposalProgress> progress, string proposalId) =>
        progress.FirstOrDefault(p => string.Equals(p.ProposalId, proposalId, StringComparison.OrdinalIgnoreCase)) is { } p
            ? (p.Status == ProposalStatus.Revealed ? p.Round : p.Round - 1)
            : 0;
}
