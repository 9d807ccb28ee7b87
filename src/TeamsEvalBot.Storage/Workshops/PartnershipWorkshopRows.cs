using System.Globalization;
using Azure.Data.Tables;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// Keys of the PartnershipWorkshops table. A partnership's workshops: PartitionKey
/// <c>&lt;tenant&gt;|&lt;partnership id&gt;</c>, RowKeys <c>workshop|&lt;reverse start ticks&gt;|&lt;workshop id&gt;</c>,
/// latest first. The tenant's listing of them all, for overview and search: PartitionKey
/// <c>&lt;tenant&gt;|*</c> (partnership ids are GUIDs, never "*"), RowKeys
/// <c>&lt;partnership id&gt;|workshop|&lt;reverse start ticks&gt;|&lt;workshop id&gt;</c>, so one
/// partition holds every workshop of the tenant and no other tenant's.
/// </summary>
internal static class PartnershipWorkshopRows
{
    public const string WorkshopPrefix = "workshop|";

    public static string Partition(string tenantId, string partnershipId) => $"{TenantPrefix(tenantId)}{KeyEncoding.Encode(partnershipId)}";

    public static string TenantListing(string tenantId) => $"{TenantPrefix(tenantId)}*";

    public static TableEntity ToEntity(Workshop workshop) => WithProperties(new(Partition(workshop.TenantId, workshop.PartnershipId), WorkshopRow(workshop)), workshop);

    public static TableEntity ToListingEntity(Workshop workshop) =>
        WithProperties(new(TenantListing(workshop.TenantId), $"{KeyEncoding.Encode(workshop.PartnershipId)}|{WorkshopRow(workshop)}"), workshop);

    public static IndexedWorkshop ToIndexed(TableEntity entity) => new(
        entity.GetString("WorkshopId"),
        entity.GetString("Partnership") ?? string.Empty,
        entity.GetString("PartnershipId") ?? string.Empty,
        entity.GetDateTimeOffset("StartedAt") ?? DateTimeOffset.MinValue);

    private static string TenantPrefix(string tenantId) => KeyEncoding.Encode(tenantId) + "|";

    private static string WorkshopRow(Workshop workshop) =>
        $"{WorkshopPrefix}{(DateTimeOffset.MaxValue.UtcTicks - workshop.StartedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}|{workshop.Id}";

    private static TableEntity WithProperties(TableEntity entity, Workshop workshop)
    {
        entity["WorkshopId"] = workshop.Id;
        entity["Partnership"] = workshop.Partnership;
        entity["PartnershipId"] = workshop.PartnershipId;
        entity["StartedAt"] = workshop.StartedAt;
        entity["TenantId"] = workshop.TenantId;
        return entity;
    }
}
