using Azure.Data.Tables;
using TeamsEvalBot.Storage;

namespace TeamsEvalBot.TestSupport;

/// <summary>One stored change of a rating: a history row of the workshop's partition.</summary>
public sealed record HistoryEntry(string ParticipantId, int LevelRank, DateTimeOffset UpdatedAt);

/// <summary>Reads the history rows straight from the table: the bot itself never reads them back.</summary>
public static class RatingHistory
{
    /// <summary>Every stored change of a proposal's ratings, oldest first.</summary>
    public static async Task<IReadOnlyList<HistoryEntry>> ReadAsync(TableClient workshops, string workshopId, string proposalId)
    {
        ArgumentNullException.ThrowIfNull(workshops);
        var prefix = $"history|{KeyEncoding.Encode(proposalId)}|";
        var end = prefix[..^1] + "}";
        var entries = new List<HistoryEntry>();
        await foreach (var row in workshops.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and RowKey ge {prefix} and RowKey lt {end}")))
        {
            entries.Add(new HistoryEntry(row.GetString("PersonId"), row.GetInt32("Level") ?? 0, row.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue));
        }

        return [.. entries.OrderBy(e => e.UpdatedAt)];
    }
}
