using Azure.Data.Tables;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// Lists a workshop in its tenant's one partition of the PartnershipWorkshops table, beside its
/// partnership's index row, wherever that is written: overview and search read the tenant's
/// workshops from that partition, not from a range of partitions (a table scan).
/// </summary>
internal static class TenantWorkshopListing
{
    public static async Task AddAsync(TableStore store, Workshop workshop, CancellationToken cancellationToken) =>
        await store.Table(Tables.PartnershipWorkshops).UpsertEntityAsync(PartnershipWorkshopRows.ToListingEntity(workshop), TableUpdateMode.Replace, cancellationToken);
}
