namespace TeamsEvalBot.Domain.Cards;

/// <summary>
/// The settings form exactly as the card sent it, before any check: a refused save gives it back,
/// so the facilitator corrects one field instead of choosing everything again (WCAG 3.3.7).
/// Null means the field was not sent.
/// </summary>
public sealed record SubmittedSettings(string? Anonymity, string? Blind, string? MinimumGroupSize, string? Domains);
