using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Storage.Erasures;

/// <summary>How much one erasure erased, across its workshops: the audit entry's counts.</summary>
public sealed record ErasureTotals(int Ratings, int HistoryEntries, int Emails, IReadOnlyList<string> WorkshopIds)
{
    public static ErasureTotals Of(IReadOnlyDictionary<string, PersonErasure> erasedByWorkshop)
    {
        ArgumentNullException.ThrowIfNull(erasedByWorkshop);
        var affected = erasedByWorkshop.Where(e => e.Value.ErasedAnything).ToList();
        return new(
            affected.Sum(e => e.Value.Ratings),
            affected.Sum(e => e.Value.HistoryEntries),
            affected.Count(e => e.Value.EmailErased),
            [.. affected.Select(e => e.Key)]);
    }
}
