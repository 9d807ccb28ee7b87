using TeamsEvalBot.Domain.Participants;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// Everything a rating needs, read in one partition query. A rater's read holds only their own
/// roster row, role and rating, with the count the shared card last showed in <see cref="LastCount"/>:
/// its workshop's facilitators and observers are then the rater at most (its count of observers is whole).
/// </summary>
public sealed record RatingContext(
    Workshop? Workshop,
    ProposalProgress? Progress,
    IReadOnlyList<Member> Members,
    IReadOnlyList<RatingEntry> Ratings,
    IReadOnlyDictionary<string, string?> ActivityIdByPerson)
{
    public RatedCount? LastCount { get; init; }
}

/// <summary>How many had rated a round at a moment.</summary>
public sealed record RatedCount(int Count, DateTimeOffset CountedAt)
{
    public static readonly RatedCount None = new(0, DateTimeOffset.MinValue);
}
