using TeamsEvalBot.Workshops.Participants;
using TeamsEvalBot.Workshops.Rating;
using TeamsEvalBot.Workshops.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>Everything a rating needs, read in one partition query.</summary>
public sealed record RatingContext(
    Workshop? Workshop,
    ProposalProgress? Progress,
    IReadOnlyList<Member> Members,
    IReadOnlyList<RatingEntry> Ratings,
    IReadOnlyDictionary<string, string?> ActivityIdByPerson);
