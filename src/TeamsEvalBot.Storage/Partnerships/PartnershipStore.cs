using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TeamsEvalBot.Domain.Partnerships;
using TeamsEvalBot.Domain.Workshops;
using TeamsEvalBot.Storage.Workshops;

namespace TeamsEvalBot.Storage.Partnerships;

/// <summary>Registered partnerships, the people they name, and each person's recent imports. Every read is a point read or one partition's range.</summary>
public sealed class PartnershipStore(TableStore store)
{
    private TableClient Table => store.Table(Tables.Partnerships);

    /// <summary>The partnership registered under this name in the tenant, or null.</summary>
    public async Task<Partnership?> FindAsync(string tenantId, string name, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(PartnershipRows.Tenant(tenantId), PartnershipRows.Name(name), cancellationToken: cancellationToken);
        return row.HasValue ? await GetAsync(row.Value!.GetString("PartnershipId"), cancellationToken) : null;
    }

    /// <summary>The partnership with this id, with its owners and facilitators; null when there is none.</summary>
    public async Task<Partnership?> GetAsync(string partnershipId, CancellationToken cancellationToken)
    {
        TableEntity? partnership = null;
        var owners = new List<Steward>();
        var facilitators = new List<Steward>();
        await foreach (var row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partnershipId}"), cancellationToken: cancellationToken))
        {
            switch (row.RowKey)
            {
                case PartnershipRows.Partnership:
                    partnership = row;
                    break;
                case var key when key.StartsWith(PartnershipRows.OwnerPrefix, StringComparison.Ordinal):
                    owners.Add(ToSteward(row));
                    break;
                case var key when key.StartsWith(PartnershipRows.FacilitatorPrefix, StringComparison.Ordinal):
                    facilitators.Add(ToSteward(row));
                    break;
            }
        }

        return partnership is null
            ? null
            : new Partnership(partnershipId, partnership.GetString("TenantId"), partnership.GetString("Name"), owners, facilitators);
    }

    /// <summary>The names registered in the tenant, for finding one by some of its words.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(string tenantId, CancellationToken cancellationToken)
    {
        const string prefix = PartnershipRows.NamePrefix;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartnershipRows.Tenant(tenantId)} and RowKey ge {prefix} and RowKey lt {WorkshopRows.EndOf(prefix)}");
        var names = new List<string>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["Name"], cancellationToken: cancellationToken))
        {
            names.Add(row.GetString("Name"));
        }

        return names;
    }

    /// <summary>
    /// Registers the name in the tenant with its first owner. The name row is inserted last and
    /// only once: when someone registered the same name a moment earlier, theirs is returned.
    /// </summary>
    public async Task<Partnership> RegisterAsync(string tenantId, string name, Steward owner, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var id = Guid.NewGuid().ToString("N");
        await Table.AddEntityAsync(new TableEntity(id, PartnershipRows.Partnership) { ["TenantId"] = tenantId, ["Name"] = name, ["RegisteredAt"] = at }, cancellationToken);
        await SaveStewardAsync(id, PartnershipRows.OwnerPrefix, owner, owner, at, cancellationToken);
        try
        {
            await Table.AddEntityAsync(new TableEntity(PartnershipRows.Tenant(tenantId), PartnershipRows.Name(name)) { ["PartnershipId"] = id, ["Name"] = name }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // The rows written above stay unreachable: no name points at them.
            return (await FindAsync(tenantId, name, cancellationToken))!;
        }

        return new Partnership(id, tenantId, name, [owner], []);
    }

    /// <summary>Makes sure a configured partnership's own row exists, so reads of it by id find it.</summary>
    public async Task EnsureAsync(Partnership partnership, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        var entity = new TableEntity(partnership.Id, PartnershipRows.Partnership) { ["TenantId"] = partnership.TenantId, ["Name"] = partnership.Name, ["RegisteredAt"] = at };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    public Task AddOwnerAsync(string partnershipId, Steward owner, Steward by, DateTimeOffset at, CancellationToken cancellationToken) =>
        SaveStewardAsync(partnershipId, PartnershipRows.OwnerPrefix, owner, by, at, cancellationToken);

    public async Task RemoveOwnerAsync(string partnershipId, Steward owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        await Table.DeleteEntityAsync(partnershipId, PartnershipRows.Steward(PartnershipRows.OwnerPrefix, owner.TeamsId, owner.AadObjectId), ETag.All, cancellationToken);
    }

    public Task AddFacilitatorAsync(string partnershipId, Steward facilitator, Steward by, DateTimeOffset at, CancellationToken cancellationToken) =>
        SaveStewardAsync(partnershipId, PartnershipRows.FacilitatorPrefix, facilitator, by, at, cancellationToken);

    /// <summary>Lets a person read the partnership's summaries. Sharing again keeps one row, with the latest sharer.</summary>
    public async Task AddReaderAsync(string partnershipId, Person reader, Person sharedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sharedBy);
        var entity = new TableEntity(partnershipId, PartnershipRows.Reader(reader.Id))
        {
            ["PersonId"] = reader.Id,
            ["Name"] = reader.Name,
            ["SharedById"] = sharedBy.Id,
            ["SharedAt"] = at,
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>False when the person was not a reader.</summary>
    public async Task<bool> RemoveReaderAsync(string partnershipId, string personId, CancellationToken cancellationToken)
    {
        var response = await Table.DeleteEntityAsync(partnershipId, PartnershipRows.Reader(personId), ETag.All, cancellationToken);
        return response.Status != 404;
    }

    public async Task<bool> IsReaderAsync(string partnershipId, string personId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(partnershipId, PartnershipRows.Reader(personId), select: ["PersonId"], cancellationToken: cancellationToken);
        return row.HasValue;
    }

    /// <summary>
    /// Counts one more import by the person, unless they made <paramref name="limit"/> within
    /// <paramref name="window"/> already. The count is written on the ETag read, so two imports at
    /// once cannot both take the last one.
    /// </summary>
    public async Task<bool> TryCountImportAsync(string tenantId, string personId, DateTimeOffset now, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        var key = (PartnershipRows.Tenant(tenantId), PartnershipRows.Imports(personId));
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(key.Item1, key.Item2, cancellationToken: cancellationToken);
        var recent = (row.HasValue ? JsonSerializer.Deserialize<List<DateTimeOffset>>(row.Value!.GetString("Times") ?? "[]", StoredJson.Options) ?? [] : [])
            .Where(t => t > now - window)
            .ToList();
        if (recent.Count >= limit)
        {
            return false;
        }

        var entity = new TableEntity(key.Item1, key.Item2) { ["Times"] = JsonSerializer.Serialize(recent.Append(now), StoredJson.Options) };
        try
        {
            if (row.HasValue)
            {
                await Table.UpdateEntityAsync(entity, row.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await Table.AddEntityAsync(entity, cancellationToken);
            }
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }

        return true;
    }

    private async Task SaveStewardAsync(string partnershipId, string prefix, Steward steward, Steward by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(partnershipId, PartnershipRows.Steward(prefix, steward.TeamsId, steward.AadObjectId))
        {
            ["TeamsId"] = steward.TeamsId,
            ["AadObjectId"] = steward.AadObjectId,
            ["Name"] = steward.Name,
            ["AddedById"] = by.TeamsId,
            ["AddedAt"] = at,
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private static Steward ToSteward(TableEntity row) =>
        new(row.GetString("TeamsId") ?? string.Empty, row.GetString("AadObjectId"), row.GetString("Name") ?? string.Empty);
}
