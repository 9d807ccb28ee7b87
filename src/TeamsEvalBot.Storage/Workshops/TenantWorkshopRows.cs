using Azure.Data.Tables;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>The index of a tenant's workshops: PartitionKey the encoded tenant id, RowKey the workshop id.</summary>
internal static class TenantWorkshopRows
{
    public static TableEntity ToEntity(Workshop workshop) => new(KeyEncoding.Encode(workshop.TenantId), workshop.Id)
    {
        ["ConversationId"] = workshop.ConversationId,
        ["StartedAt"] = workshop.StartedAt,
    };
}
