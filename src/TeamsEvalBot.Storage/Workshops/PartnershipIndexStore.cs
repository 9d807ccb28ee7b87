using Azure.Data.Tables;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// Each registered partnership's workshops, across conversations, within its tenant. Rows are
/// written when a workshop starts (<see cref="WorkshopStore.TryStartAsync"/>) or is imported, with
/// the tenant's listing row beside each (<see cref="TenantWorkshopListing"/>).
/// </summary>
public sealed class PartnershipIndexStore(TableStore store)
{
    private TableClient Index => store.Table(Tables.PartnershipWorkshops);

    /// <summary>The partnership's workshops, latest started first.</summary>
    public async Task<IReadOnlyList<IndexedWorkshop>> GetWorkshopsAsync(string tenantId, string partnershipId, CancellationToken cancellationToken)
    {
        const string prefix = PartnershipWorkshopRows.WorkshopPrefix;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartnershipWorkshopRows.Partition(tenantId, partnershipId)} and RowKey ge {prefix} and RowKey lt {WorkshopRows.EndOf(prefix)}");
        var workshops = new List<IndexedWorkshop>();
        await foreach (var entity in Index.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            workshops.Add(PartnershipWorkshopRows.ToIndexed(entity));
        }

        return workshops;
    }

    /// <summary>
    /// The tenant's workshops across its partnerships, latest started first, up to <paramref name="limit"/>
    /// rows read: the tenant's listing partition, one row per workshop, so this stays small (Scotland has 31 partnerships).
    /// </summary>
    public async Task<IReadOnlyList<IndexedWorkshop>> GetAllWorkshopsAsync(string tenantId, int limit, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartnershipWorkshopRows.TenantListing(tenantId)}");
        var workshops = new List<IndexedWorkshop>();
        await foreach (var entity in Index.QueryAsync<TableEntity>(filter, select: ["WorkshopId", "Partnership", "PartnershipId", "StartedAt"], cancellationToken: cancellationToken))
        {
            workshops.Add(PartnershipWorkshopRows.ToIndexed(entity));
            if (workshops.Count >= limit)
            {
                break;
            }
        }

        return [.. workshops.OrderByDescending(w => w.StartedAt)];
    }
}
