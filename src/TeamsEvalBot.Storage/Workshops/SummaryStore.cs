using Azure.Data.Tables;
using TeamsEvalBot.Domain.Rating;
using TeamsEvalBot.Domain.Summaries;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>What a summary reads from a workshop's partition beyond the rating journey's reads.</summary>
public sealed class SummaryStore(TableStore store)
{
    /// <summary>
    /// Every rating of every round, of every proposal or of one, in one range query, grouped by
    /// proposal and round: a summary needs the agreed round of each proposal, and one query beats one per proposal.
    /// </summary>
    public async Task<IReadOnlyDictionary<ProposalRound, IReadOnlyList<RatingEntry>>> GetAllRatingsAsync(string workshopId, string? proposalId, CancellationToken cancellationToken)
    {
        var prefix = proposalId is null ? WorkshopRows.RatingPrefix : WorkshopRows.RatingsPrefix(proposalId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and RowKey ge {prefix} and RowKey lt {WorkshopRows.EndOf(prefix)}");
        var ratings = new Dictionary<ProposalRound, List<RatingEntry>>();
        await foreach (var entity in store.Table(Tables.Workshops).QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            // rating|<proposal>|<round>|<person>; proposal ids are letters, digits and a dot, which key encoding leaves as they are.
            var parts = entity.RowKey.Split('|');
            if (parts.Length < 4 || !int.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var round))
            {
                continue;
            }

            var key = new ProposalRound(parts[1], round);
            if (!ratings.TryGetValue(key, out var list))
            {
                ratings[key] = list = [];
            }

            list.Add(WorkshopEntityMapper.ToRating(entity));
        }

        return ratings.ToDictionary(r => r.Key, r => (IReadOnlyList<RatingEntry>)r.Value);
    }
}
