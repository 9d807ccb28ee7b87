using Azure;
using Azure.Data.Tables;

namespace TeamsEvalBot.Storage.Erasures;

/// <summary>
/// The Erasures table. Each "forget me" is written as pending before anything is erased, and
/// completed with its counts (the audit entry) once everything is: a pending row is how a restart,
/// or the person's next "forget me", finds an erasure to finish.
/// </summary>
public sealed class ErasureStore(TableStore store)
{
    private TableClient Erasures => store.Table(Tables.Erasures);

    public async Task<Erasure> BeginAsync(string tenantId, string personId, DateTimeOffset at, IReadOnlyList<string> workshopIds, ErasureReplyTo replyTo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshopIds);
        ArgumentNullException.ThrowIfNull(replyTo);
        var erasure = new Erasure(tenantId, ErasureRows.Key(at, personId), personId, workshopIds, replyTo);
        var entity = new TableEntity(ErasureRows.Partition(tenantId), erasure.Id)
        {
            ["TenantId"] = tenantId,
            ["PersonId"] = personId,
            ["RequestedAt"] = at,
            ["Status"] = ErasureRows.Pending,
            ["ReplyServiceUrl"] = replyTo.ServiceUrl,
            ["ReplyConversationId"] = replyTo.ConversationId,
        };
        foreach (var (part, ids) in workshopIds.Chunk(ErasureRows.WorkshopIdsPerProperty).Index())
        {
            entity[ErasureRows.WorkshopsToErase(part)] = string.Join(",", ids);
        }

        await Erasures.AddEntityAsync(entity, cancellationToken);
        return erasure;
    }

    /// <summary>The person's unfinished erasures in their tenant, oldest first. It scans the tenant's partition, which has one row per "forget me".</summary>
    public Task<IReadOnlyList<Erasure>> GetPendingAsync(string tenantId, string personId, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {ErasureRows.Partition(tenantId)} and PersonId eq {personId} and Status eq {ErasureRows.Pending}"), cancellationToken);

    /// <summary>Every unfinished erasure, for the start-up. An admin path: it scans the table, which has one row per "forget me" ever asked.</summary>
    public Task<IReadOnlyList<Erasure>> GetAllPendingAsync(CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"Status eq {ErasureRows.Pending}"), cancellationToken);

    /// <summary>Completes the erasure with its counts, unless someone already did. True when this call completed it.</summary>
    public async Task<bool> CompleteAsync(Erasure erasure, ErasureTotals totals, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        ArgumentNullException.ThrowIfNull(totals);
        var partition = ErasureRows.Partition(erasure.TenantId);
        while (true)
        {
            var row = (await Erasures.GetEntityAsync<TableEntity>(partition, erasure.Id, cancellationToken: cancellationToken)).Value;
            if (row.GetString("Status") != ErasureRows.Pending)
            {
                return false;
            }

            var done = new TableEntity(partition, erasure.Id)
            {
                ["Status"] = ErasureRows.Done,
                ["CompletedAt"] = at,
                ["RatingsErased"] = totals.Ratings,
                ["HistoryEntriesErased"] = totals.HistoryEntries,
                ["EmailsErased"] = totals.Emails,
                ["WorkshopIds"] = string.Join(",", totals.WorkshopIds),
            };
            try
            {
                await Erasures.UpdateEntityAsync(done, row.ETag, TableUpdateMode.Merge, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Another instance wrote the row since it was read: look again.
            }
        }
    }

    private async Task<IReadOnlyList<Erasure>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var erasures = new List<Erasure>();
        await foreach (var entity in Erasures.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            erasures.Add(ToErasure(entity));
        }

        return erasures;
    }

    private static Erasure ToErasure(TableEntity entity)
    {
        var workshopIds = new List<string>();
        for (var part = 0; entity.GetString(ErasureRows.WorkshopsToErase(part)) is { } ids; part++)
        {
            workshopIds.AddRange(ids.Split(',', StringSplitOptions.RemoveEmptyEntries));
        }

        return new Erasure(
            entity.GetString("TenantId"),
            entity.RowKey,
            entity.GetString("PersonId"),
            workshopIds,
            new ErasureReplyTo(entity.GetString("ReplyServiceUrl"), entity.GetString("ReplyConversationId")));
    }
}
