using System.Globalization;
using Azure;
using Azure.Data.Tables;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>Writes beside the rating journey: ending a workshop, finding a tenant's workshops, erasing a person.</summary>
public sealed class WorkshopAdminStore(TableStore store)
{
    // A person who rates while being erased changes a row between the read and the delete; read again, up to this often.
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
    /// their audit are other rows, and stay. Throws <see cref="ConcurrentChangeException"/> if the
    /// rows kept changing underneath; what was erased by then stays erased.
    /// </summary>
    public async Task<PersonErasure> ErasePersonAsync(string workshopId, string personId, CancellationToken cancellationToken)
    {
        var (ratings, history, emailErased) = (0, 0, false);
        var proposals = new SortedSet<string>(StringComparer.Ordinal);
        for (var pass = 1; ; pass++)
        {
            var rows = await ErasableRowsAsync(workshopId, personId, cancellationToken);
            if (rows.Count == 0)
            {
                return new PersonErasure(ratings, history, emailErased, [.. proposals]);
            }

            try
            {
                // One entity-group transaction holds at most 100 operations.
                foreach (var chunk in rows.Chunk(100))
                {
                    await Workshops.SubmitTransactionAsync(chunk.Select(EraseAction), cancellationToken);
                    ratings += chunk.Count(r => r.RowKey.StartsWith(WorkshopRows.RatingPrefix, StringComparison.Ordinal));
                    history += chunk.Count(r => r.RowKey.StartsWith(WorkshopRows.HistoryPrefix, StringComparison.Ordinal));
                    emailErased |= chunk.Any(r => r.RowKey == WorkshopRows.Member(personId));
                    proposals.UnionWith(chunk.Where(r => r.RowKey.StartsWith(WorkshopRows.RatingPrefix, StringComparison.Ordinal)).Select(r => WorkshopRows.ProposalOfRating(r.RowKey)));
                }
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 412)
            {
                if (pass == ErasePasses)
                {
                    throw new ConcurrentChangeException($"The rows of a person in workshop {workshopId} kept changing during erasure.", ex);
                }
            }
        }
    }

    /// <summary>Audits an erasure: who asked, when, and how much was erased, never what.</summary>
    public async Task RecordErasureAsync(string tenantId, string personId, DateTimeOffset at, IReadOnlyDictionary<string, PersonErasure> erasedByWorkshop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasedByWorkshop);
        var affected = erasedByWorkshop.Where(e => e.Value.ErasedAnything).ToList();
        var entity = new TableEntity(KeyEncoding.Encode(tenantId), $"{at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}|{KeyEncoding.Encode(personId)}")
        {
            ["PersonId"] = personId,
            ["RequestedAt"] = at,
            ["RatingsErased"] = affected.Sum(e => e.Value.Ratings),
            ["HistoryEntriesErased"] = affected.Sum(e => e.Value.HistoryEntries),
            ["EmailsErased"] = affected.Count(e => e.Value.EmailErased),
            ["WorkshopIds"] = string.Join(",", affected.Select(e => e.Key)),
        };
        await store.Table(Tables.Erasures).UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private async Task<List<TableEntity>> ErasableRowsAsync(string workshopId, string personId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {workshopId} and PersonId eq {personId} and ((RowKey ge {WorkshopRows.RatingPrefix} and RowKey lt {WorkshopRows.EndOf(WorkshopRows.RatingPrefix)}) or (RowKey ge {WorkshopRows.HistoryPrefix} and RowKey lt {WorkshopRows.EndOf(WorkshopRows.HistoryPrefix)}) or RowKey eq {WorkshopRows.Member(personId)})");
        var rows = new List<TableEntity>();
        await foreach (var entity in Workshops.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            if (!entity.RowKey.StartsWith(WorkshopRows.MemberPrefix, StringComparison.Ordinal) || !string.IsNullOrEmpty(entity.GetString("Email")))
            {
                rows.Add(entity);
            }
        }

        return rows;
    }

    // Each delete quotes the ETag it read, so a rating changed meanwhile is read again rather than lost unseen.
    private static TableTransactionAction EraseAction(TableEntity row) =>
        row.RowKey.StartsWith(WorkshopRows.MemberPrefix, StringComparison.Ordinal)
            ? new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity(row.PartitionKey, row.RowKey) { ["Email"] = string.Empty }, row.ETag)
            : new TableTransactionAction(TableTransactionActionType.Delete, row, row.ETag);

    // rating|<proposal>|<round>|<person>. Proposal ids are letters, digits and a dot, which key encoding leaves as they are.
}
