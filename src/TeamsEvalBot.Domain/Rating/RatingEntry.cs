using TeamsEvalBot.Domain.Participants;

namespace TeamsEvalBot.Domain.Rating;

/// <summary>One participant's rating of one proposal in one round.</summary>
public sealed record RatingEntry(
    string ParticipantId,
    string ParticipantName,
    PartnerOrganisation Organisation,
    int LevelRank,
    string Evidence,
    string SuggestedAction,
    DateTimeOffset UpdatedAt);
