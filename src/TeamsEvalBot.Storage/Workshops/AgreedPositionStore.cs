using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TeamsEvalBot.Domain.Reconciliation;
using TeamsEvalBot.Domain.Workshops;

namespace TeamsEvalBot.Storage.Workshops;

/// <summary>
/// Agreed positions and their audit trail, in the workshop's partition. Each save writes the
/// position and its audit entry in one transaction, conditional on the ETag the facilitator read,
/// so two facilitators saving at once cannot silently overwrite each other.
/// </summary>
public sealed class AgreedPositionStore(TableStore store)
{
    private TableClient Workshops => store.Table(Tables.Workshops);

    public async Task<Stored<AgreedPosition>?> GetAsync(string workshopId, string proposalId, CancellationToken cancellationToken)
    {
        var entity = await Workshops.GetEntityIfExistsAsync<TableEntity>(workshopId, WorkshopRows.Agreed(proposalId), cancellationToken: cancellationToken);
        return entity.HasValue ? new Stored<AgreedPosition>(Read(entity.Value!), entity.Value!.ETag) : null;
    }

    public async Task<IReadOnlyList<AgreedPosition>> GetAllAsync(string workshopId, CancellationToken cancellationToken)
    {
        const string prefix = WorkshopRows.AgreedPrefix;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and RowKey ge {prefix} and RowKey lt {WorkshopRows.EndOf(prefix)}");
        var positions = new List<AgreedPosition>();
        await foreach (var entity in Workshops.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            positions.Add(Read(entity));
        }

        return positions;
    }

    /// <summary>
    /// Saves a position. <paramref name="expected"/> is the ETag of the version the facilitator
    /// started from, or null for a first save. Throws <see cref="ConcurrentChangeException"/> if
    /// someone else saved in between; then nothing is written.
    /// </summary>
    public Task SaveAsync(string workshopId, AgreedPosition? before, AgreedPosition after, ETag? expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(after);
        return SaveAsync(workshopId, before, after, expected, after.AgreedBy, after.AgreedAt, cancellationToken);
    }

    /// <summary>As <see cref="SaveAsync(string, AgreedPosition?, AgreedPosition, ETag?, CancellationToken)"/>, for a change by someone other than who agreed it, such as an action's lead updating its status.</summary>
    public async Task SaveAsync(string workshopId, AgreedPosition? before, AgreedPosition after, ETag? expected, Person by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(after);
        var position = new TableEntity(workshopId, WorkshopRows.Agreed(after.ProposalId))
        {
            ["Position"] = JsonSerializer.Serialize(after, StoredJson.Options),
        };
        var audit = new TableEntity(workshopId, WorkshopRows.Audit(after.ProposalId, at))
        {
            ["By"] = JsonSerializer.Serialize(by, StoredJson.Options),
            ["At"] = at,
            ["Before"] = before is null ? null : JsonSerializer.Serialize(before, StoredJson.Options),
            ["After"] = JsonSerializer.Serialize(after, StoredJson.Options),
        };
        var write = expected is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, position, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, position);
        try
        {
            await Workshops.SubmitTransactionAsync([write, new TableTransactionAction(TableTransactionActionType.Add, audit)], cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409)
        {
            throw new ConcurrentChangeException($"The agreed position of {after.ProposalId} was saved by someone else.", ex);
        }
    }

    /// <summary>Every save of a proposal's agreed position, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string workshopId, string proposalId, CancellationToken cancellationToken)
    {
        var prefix = WorkshopRows.AuditOfProposalPrefix(proposalId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {workshopId} and RowKey ge {prefix} and RowKey lt {WorkshopRows.EndOf(prefix)}");
        var entries = new List<AuditEntry>();
        await foreach (var e in Workshops.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            entries.Add(new AuditEntry(
                proposalId,
                JsonSerializer.Deserialize<Person>(e.GetString("By"), StoredJson.Options)!,
                e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
                e.GetString("Before") is { } before ? JsonSerializer.Deserialize<AgreedPosition>(before, StoredJson.Options) : null,
                JsonSerializer.Deserialize<AgreedPosition>(e.GetString("After"), StoredJson.Options)!));
        }

        return entries;
    }

    private static AgreedPosition Read(TableEntity entity) =>
        JsonSerializer.Deserialize<AgreedPosition>(entity.GetString("Position"), StoredJson.Options)
        ?? throw new InvalidDataException($"The agreed position {entity.RowKey} is empty.");
}
