using Azure.Data.Tables;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// Each partnership's workshops, across conversations, and the people its summaries are shared with.
/// Workshop rows are written when a workshop starts (<see cref="WorkshopStore.TryStartAsync"/>).
/// </summary>
public sealed class PartnershipIndexStore(TableStore store)
{
    private TableClient Index => store.Table(Tables.PartnershipWorkshops);

    /// <summary>The partnership's workshops, latest started first.</summary>
    public async Task<IReadOnlyList<IndexedWorkshop>> GetWorkshopsAsync(string partnership, CancellationToken cancellationToken)
    {
        const string prefix = PartnershipWorkshopRows.WorkshopPrefix;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartnershipWorkshopRows.Partition(partnership)} and RowKey ge {prefix} and RowKey lt {WorkshopRows.EndOf(prefix)}");
        var workshops = new List<IndexedWorkshop>();
        await foreach (var entity in Index.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            workshops.Add(PartnershipWorkshopRows.ToIndexed(entity));
        }

        return workshops;
    }

    /// <summary>
    /// Every partnership's workshops, latest started first, up to <paramref name="limit"/> rows read:
    /// one row per workshop, so this stays small (Scotland has 31 partnerships).
    /// </summary>
    public async Task<IReadOnlyList<IndexedWorkshop>> GetAllWorkshopsAsync(int limit, CancellationToken cancellationToken)
    {
        const string prefix = PartnershipWorkshopRows.WorkshopPrefix;
        var filter = TableClient.CreateQueryFilter($"RowKey ge {prefix} and RowKey lt {WorkshopRows.EndOf(prefix)}");
        var workshops = new List<IndexedWorkshop>();
        await foreach (var entity in Index.QueryAsync<TableEntity>(filter, select: ["WorkshopId", "Partnership", "StartedAt"], cancellationToken: cancellationToken))
        {
            workshops.Add(PartnershipWorkshopRows.ToIndexed(entity));
            if (workshops.Count >= limit)
            {
                break;
            }
        }

        return [.. workshops.OrderByDescending(w => w.StartedAt)];
    }

    /// <summary>Lets a person read the partnership's summaries. Sharing again keeps one row, with the latest sharer.</summary>
    public async Task AddReaderAsync(string partnership, Person reader, Person sharedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sharedBy);
        var entity = new TableEntity(PartnershipWorkshopRows.Partition(partnership), PartnershipWorkshopRows.Reader(reader.Id))
        {
            ["PersonId"] = reader.Id,
            ["Name"] = reader.Name,
            ["SharedById"] = sharedBy.Id,
            ["SharedAt"] = at,
        };
        await Index.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<bool> IsReaderAsync(string partnership, string personId, CancellationToken cancellationToken)
    {
        var row = await Index.GetEntityIfExistsAsync<TableEntity>(PartnershipWorkshopRows.Partition(partnership), PartnershipWorkshopRows.Reader(personId), select: ["PersonId"], cancellationToken: cancellationToken);
        return row.HasValue;
    }
}
