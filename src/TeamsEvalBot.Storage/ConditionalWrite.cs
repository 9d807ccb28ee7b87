using Azure;
using Azure.Data.Tables;

namespace TeamsEvalBot.Storage;

/// <summary>Writes an entity only if nobody changed it since it was read (or, with no ETag, only if it is new).</summary>
public static class ConditionalWrite
{
    /// <returns>The entity's new ETag, or null when another writer got there first.</returns>
    public static async Task<ETag?> TryAsync(TableClient table, ITableEntity entity, ETag? readWith, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        try
        {
            var response = readWith is { } match
                ? await table.UpdateEntityAsync(entity, match, TableUpdateMode.Replace, cancellationToken)
                : await table.AddEntityAsync(entity, cancellationToken);
            return response.Headers.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }
    }
}
