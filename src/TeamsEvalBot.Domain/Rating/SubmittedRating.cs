namespace TeamsEvalBot.Domain.Rating;

/// <summary>A rating exactly as the card sent it, before any check: what an error card gives back to the person.</summary>
public sealed record SubmittedRating(string? Level, string? Evidence, string? SuggestedAction);
