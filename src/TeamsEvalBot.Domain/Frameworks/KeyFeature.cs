namespace TeamsEvalBot.Domain.Frameworks;

/// <summary>A group of proposals, such as "1 Collaborative leadership and building relationships".</summary>
public sealed record KeyFeature(string Id, string Title, IReadOnlyList<Proposal> Proposals);
