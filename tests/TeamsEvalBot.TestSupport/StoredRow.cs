using Azure.Data.Tables;

namespace TeamsEvalBot.TestSupport;

/// <summary>A stored entity as one line of text, for before-and-after snapshots of storage.</summary>
public static class StoredRow
{
    /// <summary>The table, the keys and every property in name order; Timestamp and ETag are the service's own and left out.</summary>
    public static string Text(string table, TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var properties = entity
            .Where(p => p.Key is not "Timestamp" and not "odata.etag" and not "PartitionKey" and not "RowKey")
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}");
        return $"{table}:{entity.PartitionKey}/{entity.RowKey}:{string.Join(";", properties)}";
    }

    /// <summary>
    /// The count a shared card last showed: bookkeeping that the card refresher writes in the
    /// background, after the change that prompted it, so snapshots leave it out.
    /// </summary>
    public static bool IsCardCount(TableEntity entity) => entity?.RowKey.StartsWith("count|", StringComparison.Ordinal) == true;
}
