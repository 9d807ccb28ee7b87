using Azure.Data.Tables;
using TeamsEvalBot.Domain.Summaries;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// What one "forget me" erased from one workshop: counts, and the rounds the person had rated (their
/// cards showed the person's rating), never the erased content.
/// </summary>
public sealed record PersonErasure(int Ratings, int HistoryEntries, bool EmailErased, IReadOnlyList<ProposalRound> ErasedRounds)
{
    public static PersonErasure None { get; } = new(0, 0, false, []);

    public bool ErasedAnything => Ratings > 0 || HistoryEntries > 0 || EmailErased;

    /// <summary>False when the person's rows kept changing while they were erased: what was erased stays erased, the rest waits for the erasure to resume.</summary>
    public bool Finished { get; init; } = true;

    /// <summary>This erasure with a few more rows erased.</summary>
    internal PersonErasure Plus(IReadOnlyCollection<TableEntity> rows)
    {
        var ratings = rows.Where(r => r.RowKey.StartsWith(WorkshopRows.RatingPrefix, StringComparison.Ordinal)).ToList();
        return new PersonErasure(
            Ratings + ratings.Count,
            HistoryEntries + rows.Count(r => r.RowKey.StartsWith(WorkshopRows.HistoryPrefix, StringComparison.Ordinal)),
            EmailErased || rows.Any(r => r.RowKey.StartsWith(WorkshopRows.MemberPrefix, StringComparison.Ordinal)),
            [.. ErasedRounds.Union(ratings.Select(r => WorkshopRows.RoundOfRating(r.RowKey))).OrderBy(r => r.ProposalId, StringComparer.Ordinal).ThenBy(r => r.Round)]);
    }
}
