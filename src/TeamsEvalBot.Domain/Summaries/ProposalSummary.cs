using TeamsEvalBot.Domain.Frameworks;

namespace TeamsEvalBot.Domain.Summaries;

public enum ProposalState
{
    Agreed,

    /// <summary>Rateable, but no position is agreed yet.</summary>
    Pending,

    /// <summary>Shown so the framework is complete, never rated (3.2, 3.3 and 5.3 in the MSG framework).</summary>
    NotForLocalCompletion,
}

/// <summary>One proposal's line in a partnership's summary.</summary>
public sealed record ProposalSummary(
    Proposal Proposal,
    ProposalState State,
    int? AgreedRank,
    int? PreviousRank,
    Contest? Contest,
    int Actions,
    int OverdueActions)
{
    public LevelChange Change => AgreedRank is { } rank ? LevelChanges.Between(rank, PreviousRank) : LevelChange.NoPrevious;
}
