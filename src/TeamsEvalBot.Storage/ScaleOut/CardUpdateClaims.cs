using Azure;
using Azure.Data.Tables;

namespace TeamsEvalBot.Storage.ScaleOut;

/// <summary>
/// When each shared proposal card was last claimed for an update. An instance claims a card before
/// it updates it, with the ETag it read, so across all instances a card is updated at most once an interval.
/// </summary>
public sealed class CardUpdateClaims(TableStore store)
{
    private TableClient Table => store.Table(Tables.CardUpdates);

    public async Task<(DateTimeOffset? ClaimedAt, ETag? ETag)> GetAsync(string workshopId, string proposalId, CancellationToken cancellationToken)
    {
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(workshopId, KeyEncoding.Encode(proposalId), cancellationToken: cancellationToken);
        return entity.HasValue ? (entity.Value!.GetDateTimeOffset("ClaimedAt"), entity.Value!.ETag) : (null, null);
    }

    /// <summary>Claims the card at <paramref name="now"/> unless another instance did since it was read: the claim's ETag, or null.</summary>
    public async Task<ETag?> TryClaimAsync(string workshopId, string proposalId, DateTimeOffset now, ETag? etag, CancellationToken cancellationToken)
    {
        var entity = Entity(workshopId, proposalId, now);
        return await ConditionalWrite.TryAsync(Table, entity, etag, cancellationToken);
    }

    /// <summary>Claims the card whatever the interval: for changes everyone must see at once, such as a reveal.</summary>
    public async Task<ETag?> ClaimNowAsync(string workshopId, string proposalId, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await Table.UpsertEntityAsync(Entity(workshopId, proposalId, now), TableUpdateMode.Replace, cancellationToken)).Headers.ETag;

    private static TableEntity Entity(string workshopId, string proposalId, DateTimeOffset now) =>
        new(workshopId, KeyEncoding.Encode(proposalId)) { ["ClaimedAt"] = now };
}
