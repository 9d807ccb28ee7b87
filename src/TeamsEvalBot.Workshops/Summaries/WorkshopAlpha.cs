namespace TeamsEvalBot.Workshops.Summaries;

/// <summary>Krippendorff's alpha across a workshop, for its facilitators' summary; <see cref="Value"/> is null when it is not defined.</summary>
public sealed record WorkshopAlpha(double? Value);
