namespace TeamsEvalBot.Storage.Workshops;

/// <summary>What "forget me" erased from one workshop: counts only, never the erased content.</summary>
public sealed record PersonErasure(int Ratings, int HistoryEntries, bool EmailErased, IReadOnlyList<string> ChangedProposals)
{
    public bool ErasedAnything => Ratings > 0 || HistoryEntries > 0 || EmailErased;
}
