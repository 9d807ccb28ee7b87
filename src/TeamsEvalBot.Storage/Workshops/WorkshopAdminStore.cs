using Azure;
using Azure.Data.Tables;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>Writes beside the rating journey: ending a workshop, finding a tenant's workshops, erasing a person.</summary>
public sealed class WorkshopAdminStore(TableStore store)
{
    // A person who rates while being erased changes a row between the read and the delete; read again, up to this often in a row.
    private const int ErasePasses = 3;

    private TableClient Workshops => store.Table(Tables.Workshops);

    private TableClient Conversations => store.Table(Tables.Conversations);

    /// <summary>Notes an ended workshop in its conversation, so later summaries find the past workshops. Repeating it keeps the first end time.</summary>
    public async Task RecordEndedAsync(Workshop workshop, DateTimeOffset endedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var entity = new TableEntity(KeyEncoding.Encode(workshop.ConversationId), ConversationRows.Ended(workshop.Id, workshop.StartedAt))
        {
            ["WorkshopId"] = workshop.Id,
            ["StartedAt"] = workshop.StartedAt,
            ["EndedAt"] = endedAt,
        };
        try
        {
            await Conversations.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Recorded by an earlier, interrupted "end workshop".
        }
    }

    /// <summary>The conversation's ended workshops, latest started first.</summary>
    public async Task<IReadOnlyList<string>> GetEndedWorkshopIdsAsync(string conversationId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {KeyEncoding.Encode(conversationId)} and RowKey ge {ConversationRows.EndedPrefix} and RowKey lt {WorkshopRows.EndOf(ConversationRows.EndedPrefix)}");
        var ids = new List<string>();
        await foreach (var entity in Conversations.QueryAsync<TableEntity>(filter, select: ["WorkshopId"], cancellationToken: cancellationToken))
        {
            ids.Add(entity.GetString("WorkshopId"));
        }

        return ids;
    }

    /// <summary>Removes the conversation's pointer to the workshop, if it still points there, so that a new workshop can start.</summary>
    public async Task ReleaseConversationAsync(string conversationId, string workshopId, CancellationToken cancellationToken)
    {
        var partition = KeyEncoding.Encode(conversationId);
        var pointer = await Conversations.GetEntityIfExistsAsync<TableEntity>(partition, ConversationRows.ActiveWorkshop, cancellationToken: cancellationToken);
        if (!pointer.HasValue || pointer.Value!.GetString("WorkshopId") != workshopId)
        {
            return;
        }

        try
        {
            await Conversations.DeleteEntityAsync(partition, ConversationRows.ActiveWorkshop, pointer.Value.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Released at the same moment by another "end workshop".
        }
    }

    public async Task<IReadOnlyList<string>> GetTenantWorkshopIdsAsync(string tenantId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {KeyEncoding.Encode(tenantId)}");
        var ids = new List<string>();
        await foreach (var entity in store.Table(Tables.TenantWorkshops).QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            ids.Add(entity.RowKey);
        }

        return ids;
    }

    /// <summary>Whether the person has a rating in any round of the workshop.</summary>
    public async Task<bool> HasRatedAsync(string workshopId, string personId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and PersonId eq {personId} and RowKey ge {WorkshopRows.RatingPrefix} and RowKey lt {WorkshopRows.EndOf(WorkshopRows.RatingPrefix)}");
        await foreach (var _ in Workshops.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// Deletes the person's ratings and rating history in one workshop, and blanks the e-mail on
    /// their roster row (the row stays: it is the conversation's membership). Agreed positions and
    /// their audit are other rows, and stay. Every transaction also writes what the erasure has
    /// erased here so far (its marker row), so a resumed erasure still knows which cards showed the
    /// person's ratings and how much to audit, whenever the last run stopped. Run again, it finds
    /// nothing more to delete and answers the same.
    /// </summary>
    public async Task<PersonErasure> ErasePersonAsync(string workshopId, string personId, string erasureId, CancellationToken cancellationToken)
    {
        for (var conflicts = 0; ;)
        {
            var (rows, marker) = await ErasableRowsAsync(workshopId, personId, erasureId, cancellationToken);
            var erased = ErasureMarkerRow.Read(marker);
            if (rows.Count == 0)
            {
                return erased;
            }

            // One entity-group transaction holds at most 100 operations: 99 rows and the marker.
            var chunk = rows.Take(99).ToList();
            var next = ErasureMarkerRow.ToEntity(workshopId, erasureId, erased.Plus(chunk));
            var markerAction = marker is null
                ? new TableTransactionAction(TableTransactionActionType.Add, next)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, next, marker.ETag);
            try
            {
                await Workshops.SubmitTransactionAsync(chunk.Select(EraseAction).Append(markerAction), cancellationToken);
                conflicts = 0;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
            {
                // A rating changed since it was read, or another instance erased first: read again.
                if (++conflicts == ErasePasses)
                {
                    var (_, latest) = await ErasableRowsAsync(workshopId, personId, erasureId, cancellationToken);
                    return ErasureMarkerRow.Read(latest) with { Finished = false };
                }
            }
        }
    }

    private async Task<(List<TableEntity> Rows, TableEntity? Marker)> ErasableRowsAsync(string workshopId, string personId, string erasureId, CancellationToken cancellationToken)
    {
        var marker = WorkshopRows.Erasure(erasureId);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {workshopId} and (RowKey eq {marker} or (PersonId eq {personId} and ((RowKey ge {WorkshopRows.RatingPrefix} and RowKey lt {WorkshopRows.EndOf(WorkshopRows.RatingPrefix)}) or (RowKey ge {WorkshopRows.HistoryPrefix} and RowKey lt {WorkshopRows.EndOf(WorkshopRows.HistoryPrefix)}) or RowKey eq {WorkshopRows.Member(personId)})))");
        var rows = new List<TableEntity>();
        TableEntity? found = null;
        await foreach (var entity in Workshops.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            if (entity.RowKey == marker)
            {
                found = entity;
            }
            else if (!entity.RowKey.StartsWith(WorkshopRows.MemberPrefix, StringComparison.Ordinal) || !string.IsNullOrEmpty(entity.GetString("Email")))
            {
                rows.Add(entity);
            }
        }

        return (rows, found);
    }

    // Each delete quotes the ETag it read, so a rating changed meanwhile is read again rather than lost unseen.
    private static TableTransactionAction EraseAction(TableEntity row) =>
        row.RowKey.StartsWith(WorkshopRows.MemberPrefix, StringComparison.Ordinal)
            ? new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity(row.PartitionKey, row.RowKey) { ["Email"] = string.Empty }, row.ETag)
            : new TableTransactionAction(TableTransactionActionType.Delete, row, row.ETag);
}
