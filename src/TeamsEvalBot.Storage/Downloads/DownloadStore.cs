using Azure.Data.Tables;

namespace TeamsEvalBot.Storage.Downloads;

/// <summary>
/// Download links' documents, one partition per token. A binary property holds at most 64 KiB,
/// so the bytes are split into parts of 60 KiB (Part0, Part1, …); an entity holds at most 1 MiB.
/// </summary>
public sealed class DownloadStore(TableStore store)
{
    public const int PartBytes = 60 * 1024;

    // 16 parts stay under the 1 MiB entity limit with room for the other properties.
    public const int MaxParts = 16;

    public const int MaxBytes = PartBytes * MaxParts;

    private const string Row = "download";

    private TableClient Downloads => store.Table(Tables.Downloads);

    /// <summary>Stores a download under a new token. Throws <see cref="ArgumentException"/> if the document is over <see cref="MaxBytes"/>.</summary>
    public async Task AddAsync(string token, Download download, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(download);
        if (download.Content.Length > MaxBytes)
        {
            throw new ArgumentException($"The document is {download.Content.Length} bytes; a download holds at most {MaxBytes}.", nameof(download));
        }

        var entity = new TableEntity(token, Row)
        {
            ["FileName"] = download.FileName,
            ["ContentType"] = download.ContentType,
            ["MadeFor"] = download.MadeFor,
            ["WorkshopId"] = download.WorkshopId,
            ["ExpiresAt"] = download.ExpiresAt,
            ["Length"] = download.Content.Length,
        };
        for (var (offset, part) = (0, 0); offset < download.Content.Length; offset += PartBytes, part++)
        {
            entity[$"Part{part}"] = download.Content.AsSpan(offset, Math.Min(PartBytes, download.Content.Length - offset)).ToArray();
        }

        // Add, never upsert: a token is made once.
        await Downloads.AddEntityAsync(entity, cancellationToken);
    }

    public async Task<Download?> GetAsync(string token, CancellationToken cancellationToken)
    {
        var response = await Downloads.GetEntityIfExistsAsync<TableEntity>(token, Row, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return null;
        }

        var entity = response.Value!;
        var content = new byte[entity.GetInt32("Length") ?? 0];
        for (var (offset, part) = (0, 0); offset < content.Length; part++)
        {
            var bytes = entity.GetBinary($"Part{part}") ?? throw new InvalidDataException($"Download part {part} is missing.");
            bytes.CopyTo(content, offset);
            offset += bytes.Length;
        }

        return new Download(
            entity.GetString("FileName") ?? "download",
            entity.GetString("ContentType") ?? "application/octet-stream",
            content,
            entity.GetString("MadeFor") ?? string.Empty,
            entity.GetString("WorkshopId") ?? string.Empty,
            entity.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue);
    }

    public async Task DeleteAsync(string token, CancellationToken cancellationToken) =>
        await Downloads.DeleteEntityAsync(token, Row, cancellationToken: cancellationToken);

    /// <summary>
    /// Deletes every download that has expired, whether or not its link was tried; returns how many.
    /// An admin path that scans the table, which holds only the exports of the last few minutes.
    /// </summary>
    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        DeleteWhereAsync(TableClient.CreateQueryFilter($"ExpiresAt le {now}"), _ => true, cancellationToken);

    /// <summary>
    /// Deletes the downloads made for the person and every download of the given workshops, which
    /// may quote the person's evidence; returns how many. Like the purge, it scans the table.
    /// </summary>
    public Task<int> DeleteForErasureAsync(string personId, IReadOnlyCollection<string> workshopIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshopIds);
        var workshops = workshopIds.ToHashSet(StringComparer.Ordinal);
        return DeleteWhereAsync(null, d => d.GetString("MadeFor") == personId || workshops.Contains(d.GetString("WorkshopId") ?? string.Empty), cancellationToken);
    }

    private async Task<int> DeleteWhereAsync(string? filter, Func<TableEntity, bool> which, CancellationToken cancellationToken)
    {
        // The keys and the owners only, never the parts: a download's bytes run to a megabyte.
        var deleted = 0;
        await foreach (var entity in Downloads.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "MadeFor", "WorkshopId"], cancellationToken: cancellationToken))
        {
            if (which(entity))
            {
                await Downloads.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
                deleted++;
            }
        }

        return deleted;
    }
}
