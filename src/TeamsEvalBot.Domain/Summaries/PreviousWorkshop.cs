using TeamsEvalBot.Domain.Reconciliation;

namespace TeamsEvalBot.Domain.Summaries;

/// <summary>The partnership's workshop before the one summarised: what it agreed, for the change since then.</summary>
public sealed record PreviousWorkshop(string FrameworkId, DateTimeOffset StartedAt, IReadOnlyList<AgreedPosition> Agreed)
{
    /// <summary>The level agreed then, when the proposal means the same: same framework, same id.</summary>
    public int? RankOf(string frameworkId, string proposalId) =>
        string.Equals(FrameworkId, frameworkId, StringComparison.OrdinalIgnoreCase)
            ? Agreed.FirstOrDefault(p => string.Equals(p.ProposalId, proposalId, StringComparison.OrdinalIgnoreCase))?.LevelRank
            : null;
}
