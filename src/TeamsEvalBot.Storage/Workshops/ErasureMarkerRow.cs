using System.Globalization;
using Azure.Data.Tables;
using TeamsEvalBot.Domain.Summaries;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// The row in a workshop's partition that says what one erasure has erased there so far: counts and
/// the rounds, as "proposal:round" pairs. Never the person's id as a property, nor any content.
/// </summary>
internal static class ErasureMarkerRow
{
    public static TableEntity ToEntity(string workshopId, string erasureId, PersonErasure erased) => new(workshopId, WorkshopRows.Erasure(erasureId))
    {
        ["Ratings"] = erased.Ratings,
        ["HistoryEntries"] = erased.HistoryEntries,
        ["EmailErased"] = erased.EmailErased,
        ["Rounds"] = string.Join(",", erased.ErasedRounds.Select(r => $"{r.ProposalId}:{r.Round.ToString(CultureInfo.InvariantCulture)}")),
    };

    public static PersonErasure Read(TableEntity? entity) => entity is null
        ? PersonErasure.None
        : new(
            entity.GetInt32("Ratings") ?? 0,
            entity.GetInt32("HistoryEntries") ?? 0,
            entity.GetBoolean("EmailErased") ?? false,
            [.. (entity.GetString("Rounds") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Round)]);

    private static ProposalRound Round(string pair)
    {
        var parts = pair.Split(':');
        return new ProposalRound(parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
