namespace TeamsEvalBot.Domain.Frameworks;

/// <summary>
/// One statement to rate. <see cref="Indicators"/> holds one text per rating level, in rank order;
/// it is empty when the proposal is shown but not rated ("not for local completion").
/// </summary>
public sealed record Proposal(string Id, string Text, string KeyFeatureId, bool IsRateable, IReadOnlyList<string> Indicators);
