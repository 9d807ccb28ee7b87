namespace TeamsEvalBot.Domain.Frameworks;

/// <summary>One step of a framework's ordinal rating scale; rank 0 is the lowest.</summary>
public sealed record RatingLevel(int Rank, string Name);
