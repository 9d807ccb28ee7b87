using TeamsEvalBot.Domain.Frameworks;
using TeamsEvalBot.Domain.Reconciliation;

namespace TeamsEvalBot.Domain.Summaries;

/// <summary>One proposal's agreed level in the earlier and the later workshop; null ranks are pending.</summary>
public sealed record ComparedProposal(Proposal Proposal, int? EarlierRank, int? LaterRank)
{
    /// <summary>Up, down or same only when both workshops agreed a level.</summary>
    public LevelChange Change => LaterRank is { } later && EarlierRank is not null ? LevelChanges.Between(later, EarlierRank) : LevelChange.NoPrevious;
}

/// <summary>A partnership's two most recent workshops side by side, as Moray's plan sets previous beside agreed.</summary>
public sealed record WorkshopComparison(Framework Framework, DateTimeOffset EarlierStartedAt, DateTimeOffset LaterStartedAt, bool SameFramework, IReadOnlyList<ComparedProposal> Proposals)
{
    /// <summary>Lines up the later workshop's framework; another framework's levels are no baseline, so they count as not rated.</summary>
    public static WorkshopComparison Between(Framework framework, PreviousWorkshop earlier, DateTimeOffset laterStartedAt, IReadOnlyList<AgreedPosition> later)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var laterById = later.ToDictionary(p => p.ProposalId, StringComparer.OrdinalIgnoreCase);
        var same = string.Equals(earlier.FrameworkId, framework.Id, StringComparison.OrdinalIgnoreCase);
        var proposals = framework.Proposals.Select(p => new ComparedProposal(
            p,
            p.IsRateable ? earlier.RankOf(framework.Id, p.Id) : null,
            p.IsRateable ? laterById.GetValueOrDefault(p.Id)?.LevelRank : null));
        return new WorkshopComparison(framework, earlier.StartedAt, laterStartedAt, same, [.. proposals]);
    }

    public int Count(LevelChange change) => Proposals.Count(p => p.Change == change);
}
