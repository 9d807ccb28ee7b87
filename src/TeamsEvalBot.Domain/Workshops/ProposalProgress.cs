namespace TeamsEvalBot.Domain.Workshops;

public enum ProposalStatus
{
    Open,
    Closed,
    Revealed,
}

/// <summary>Where a posted proposal stands in a workshop: its round, whether rating is open, and its shared card.</summary>
public sealed record ProposalProgress(
    string ProposalId,
    int Round,
    ProposalStatus Status,
    string? CardActivityId,
    DateTimeOffset PostedAt)
{
    public bool AcceptsRatings => Status == ProposalStatus.Open;
}
