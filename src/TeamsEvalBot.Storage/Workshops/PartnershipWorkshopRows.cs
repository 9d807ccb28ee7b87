using System.Globalization;
using Azure.Data.Tables;
using TeamsEvalBot.Domain.Summaries;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// Keys of the PartnershipWorkshops table. PartitionKey: the partnership's name, lower case and
/// trimmed (<see cref="PartnershipName.Key"/>), then key-encoded. RowKeys:
/// <c>workshop|&lt;reverse start ticks&gt;|&lt;workshop id&gt;</c>, latest first, and
/// <c>reader|&lt;person id&gt;</c> for the people a facilitator shared the summaries with.
/// </summary>
internal static class PartnershipWorkshopRows
{
    public const string WorkshopPrefix = "workshop|";

    public const string ReaderPrefix = "reader|";

    public static string Partition(string partnership) => KeyEncoding.Encode(PartnershipName.Key(partnership));

    public static string Reader(string personId) => ReaderPrefix + KeyEncoding.Encode(personId);

    public static TableEntity ToEntity(Workshop workshop) => new(
        Partition(workshop.Partnership),
        $"{WorkshopPrefix}{(DateTimeOffset.MaxValue.UtcTicks - workshop.StartedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}|{workshop.Id}")
    {
        ["WorkshopId"] = workshop.Id,
        ["Partnership"] = workshop.Partnership,
        ["StartedAt"] = workshop.StartedAt,
        ["TenantId"] = workshop.TenantId,
    };

    public static IndexedWorkshop ToIndexed(TableEntity entity) => new(
        entity.GetString("WorkshopId"),
        entity.GetString("Partnership") ?? string.Empty,
        entity.GetDateTimeOffset("StartedAt") ?? DateTimeOffset.MinValue);
}
