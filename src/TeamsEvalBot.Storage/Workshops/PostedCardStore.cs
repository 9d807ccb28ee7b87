using Azure.Data.Tables;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>Where the cards that quote a proposal's evidence were posted, in the workshop's partition.</summary>
public sealed class PostedCardStore(TableStore store)
{
    private TableClient Workshops => store.Table(Tables.Workshops);

    public async Task RecordAsync(string workshopId, PostedCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        await Workshops.AddEntityAsync(WorkshopEntityMapper.ToEntity(workshopId, card), cancellationToken);
    }

    /// <summary>Every recorded card of the proposal, all rounds: one range query.</summary>
    public async Task<IReadOnlyList<PostedCard>> GetAsync(string workshopId, string proposalId, CancellationToken cancellationToken)
    {
        var prefix = WorkshopRows.PostedCardsPrefix(proposalId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and RowKey ge {prefix} and RowKey lt {WorkshopRows.EndOf(prefix)}");
        var cards = new List<PostedCard>();
        await foreach (var entity in Workshops.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            cards.Add(WorkshopEntityMapper.ToPostedCard(entity));
        }

        return cards;
    }
}
