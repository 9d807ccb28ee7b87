namespace TeamsEvalBot.Domain.Workshops;

public enum ProposalStatus
{
    Open,
    Closed,
    Revealed,
}

/// <summary>
/// Where a posted proposal stands in a workshop: its round, whether rating is open, and its shared
/// card. A round moves one way, open → closed → revealed; only a revealed round can be followed by
/// a new one, which opens.
/// </summary>
public sealed record ProposalProgress(
    string ProposalId,
    int Round,
    ProposalStatus Status,
    string? CardActivityId,
    DateTimeOffset PostedAt)
{
    public bool AcceptsRatings => Status == ProposalStatus.Open;

    public bool IsRevealed => Status == ProposalStatus.Revealed;

    /// <summary>The first round of a newly posted proposal: open, unless the proposal is not rated at all.</summary>
    public static ProposalProgress Posted(string proposalId, bool isRateable, DateTimeOffset at) =>
        new(proposalId, 1, isRateable ? ProposalStatus.Open : ProposalStatus.Closed, null, at);

    /// <summary>Close and reveal move forward only; reveal from open closes on the way.</summary>
    public bool CanMoveTo(ProposalStatus target) => target > Status;

    public ProposalProgress MovedTo(ProposalStatus target) => CanMoveTo(target)
        ? this with { Status = target }
        : throw new InvalidOperationException($"Proposal {ProposalId} is {Status}; it cannot become {target}.");

    /// <summary>A new round opens only after people have seen the last one's results.</summary>
    public bool CanOpenNewRound => IsRevealed;

    public ProposalProgress NextRound(DateTimeOffset at) => CanOpenNewRound
        ? new(ProposalId, Round + 1, ProposalStatus.Open, null, at)
        : throw new InvalidOperationException($"Proposal {ProposalId} is {Status}; a new round needs a revealed one.");

    /// <summary>How an earlier round reads on its own card: revealed, as every round before the current one was.</summary>
    public ProposalProgress AsEarlierRound(int round) => round < Round
        ? this with { Round = round, Status = ProposalStatus.Revealed }
        : throw new ArgumentOutOfRangeException(nameof(round), round, $"Round {Round} is the current one.");
}
