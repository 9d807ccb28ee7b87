using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Domain.Summaries;

/// <summary>
/// A partnership's agreed positions in one workshop, with the change since its previous workshop;
/// <see cref="Previous"/> is null when there was none on the same framework.
/// </summary>
public sealed record WorkshopSummary(
    Framework Framework,
    Workshop Workshop,
    PreviousWorkshop? Previous,
    IReadOnlyList<ProposalSummary> Proposals)
{
    /// <summary>How many proposals were agreed at each level, in rank order.</summary>
    public IReadOnlyList<int> CountsByRank =>
        [.. Framework.Levels.Select(level => Proposals.Count(p => p.AgreedRank == level.Rank))];

    public int Agreed => Proposals.Count(p => p.State == ProposalState.Agreed);

    public int Pending => Proposals.Count(p => p.State == ProposalState.Pending);

    public int NotForLocalCompletion => Proposals.Count(p => p.State == ProposalState.NotForLocalCompletion);

    public IEnumerable<ProposalSummary> Contested => Proposals.Where(p => p.Contest is not null);

    public int Actions => Proposals.Sum(p => p.Actions);

    public int OverdueActions => Proposals.Sum(p => p.OverdueActions);
}
