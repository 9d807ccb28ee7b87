using System.Globalization;
using Azure.Data.Tables;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// Keys of the PartnershipWorkshops table. PartitionKey: <c>&lt;tenant&gt;|&lt;partnership id&gt;</c>, so
/// a tenant's partnerships are one key range and another tenant's are never in it. RowKeys:
/// <c>workshop|&lt;reverse start ticks&gt;|&lt;workshop id&gt;</c>, latest first.
/// </summary>
internal static class PartnershipWorkshopRows
{
    public const string WorkshopPrefix = "workshop|";

    public static string Partition(string tenantId, string partnershipId) => $"{TenantPrefix(tenantId)}{KeyEncoding.Encode(partnershipId)}";

    /// <summary>Every partition of the tenant starts with this.</summary>
    public static string TenantPrefix(string tenantId) => KeyEncoding.Encode(tenantId) + "|";

    public static TableEntity ToEntity(Workshop workshop) => new(
        Partition(workshop.TenantId, workshop.PartnershipId),
        $"{WorkshopPrefix}{(DateTimeOffset.MaxValue.UtcTicks - workshop.StartedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}|{workshop.Id}")
    {
        ["WorkshopId"] = workshop.Id,
        ["Partnership"] = workshop.Partnership,
        ["PartnershipId"] = workshop.PartnershipId,
        ["StartedAt"] = workshop.StartedAt,
        ["TenantId"] = workshop.TenantId,
    };

    public static IndexedWorkshop ToIndexed(TableEntity entity) => new(
        entity.GetString("WorkshopId"),
        entity.GetString("Partnership") ?? string.Empty,
        entity.GetString("PartnershipId") ?? string.Empty,
        entity.GetDateTimeOffset("StartedAt") ?? DateTimeOffset.MinValue);
}
