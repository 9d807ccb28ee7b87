using Azure.Data.Tables;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// Records a self-evaluation held before the bot, on paper, as an ended workshop: indexed by its
/// partnership under its own date, so summaries and comparisons take it as the previous round.
/// It never claims the conversation, so a workshop can still start there.
/// </summary>
public sealed class ImportedWorkshopStore(TableStore store)
{
    /// <summary>False when a workshop with this id exists already (the same card saved twice).</summary>
    public async Task<bool> TryRecordAsync(Workshop workshop, DateTimeOffset importedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var existing = await store.Table(Tables.Workshops).GetEntityIfExistsAsync<TableEntity>(workshop.Id, WorkshopRows.Workshop, select: ["PartitionKey"], cancellationToken: cancellationToken);
        if (existing.HasValue)
        {
            return false;
        }

        // Indexed before it exists, as a started workshop is, so "forget me" and summaries never miss it.
        await store.Table(Tables.TenantWorkshops).UpsertEntityAsync(TenantWorkshopRows.ToEntity(workshop), TableUpdateMode.Replace, cancellationToken);
        await store.Table(Tables.PartnershipWorkshops).UpsertEntityAsync(PartnershipWorkshopRows.ToEntity(workshop), TableUpdateMode.Replace, cancellationToken);
        await TenantWorkshopListing.AddAsync(store, workshop, cancellationToken);
        try
        {
            // With the importer's role row: they are its facilitator.
            await store.Table(Tables.Workshops).SubmitTransactionAsync(RoleRows.AddWithWorkshop(workshop), cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }

        var ended = new TableEntity(KeyEncoding.Encode(workshop.ConversationId), ConversationRows.Ended(workshop.Id, workshop.StartedAt))
        {
            ["WorkshopId"] = workshop.Id,
            ["StartedAt"] = workshop.StartedAt,
            ["EndedAt"] = importedAt,
        };
        await store.Table(Tables.Conversations).UpsertEntityAsync(ended, TableUpdateMode.Replace, cancellationToken);
        return true;
    }
}
