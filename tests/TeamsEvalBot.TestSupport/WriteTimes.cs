using Azure.Data.Tables;
using TeamsEvalBot.Storage;

namespace TeamsEvalBot.TestSupport;

/// <summary>
/// When a proposal's row and its ratings were last written, by storage's own clock (each row's
/// Timestamp): the order the writes landed in, whichever bot instance sent them. Read straight from
/// the table, as <see cref="RatingHistory"/> reads the history.
/// </summary>
public static class WriteTimes
{
    public static async Task<DateTimeOffset> ProposalAsync(TableClient workshops, string workshopId, string proposalId)
    {
        ArgumentNullException.ThrowIfNull(workshops);
        var row = await workshops.GetEntityAsync<TableEntity>(workshopId, $"proposal|{KeyEncoding.Encode(proposalId)}");
        return row.Value.Timestamp!.Value;
    }

    /// <summary>Each person's rating of the proposal (in any round) and when it was written.</summary>
    public static async Task<IReadOnlyDictionary<string, DateTimeOffset>> RatingsAsync(TableClient workshops, string workshopId, string proposalId)
    {
        ArgumentNullException.ThrowIfNull(workshops);
        var prefix = $"rating|{KeyEncoding.Encode(proposalId)}|";
        var end = prefix[..^1] + "}";
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var row in workshops.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and RowKey ge {prefix} and RowKey lt {end}")))
        {
            times[row.GetString("PersonId")] = row.Timestamp!.Value;
        }

        return times;
    }
}
