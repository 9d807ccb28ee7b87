namespace TeamsEvalBot.Domain.Summaries;

/// <summary>One round of one proposal: the key under which its ratings are kept together.</summary>
public readonly record struct ProposalRound(string ProposalId, int Round);
