using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Reconciliation;

namespace TeamsEvalBot.Domain.Summaries;

/// <summary>One proposal across partnerships: how many agreed each level (by rank), and how many have not agreed it yet.</summary>
public sealed record OverviewLine(Proposal Proposal, IReadOnlyList<int> CountsByRank, int Pending)
{
    public int Count(RagStatus status) => status == RagStatus.Grey
        ? Pending
        : CountsByRank.Select((count, rank) => (count, rank)).Where(c => RagStatuses.Of(c.rank) == status).Sum(c => c.count);
}

/// <summary>Every readable partnership's latest workshop on one framework, counted per proposal.</summary>
public sealed record PartnershipOverview(Framework Framework, int Partnerships, IReadOnlyList<OverviewLine> Lines)
{
    /// <param name="latest">Each partnership's latest workshop's agreed positions, on <paramref name="framework"/>.</param>
    public static PartnershipOverview Count(Framework framework, IReadOnlyList<IReadOnlyList<AgreedPosition>> latest)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(latest);
        var lines = framework.Proposals.Where(p => p.IsRateable).Select(p =>
        {
            var ranks = latest.Select(agreed => agreed.FirstOrDefault(a => string.Equals(a.ProposalId, p.Id, StringComparison.OrdinalIgnoreCase))?.LevelRank).ToList();
            return new OverviewLine(p, [.. framework.Levels.Select(l => ranks.Count(r => r == l.Rank))], ranks.Count(r => r is null));
        });
        return new PartnershipOverview(framework, latest.Count, [.. lines]);
    }
}
