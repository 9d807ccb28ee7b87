namespace TeamsEvalBot.TestSupport;

public enum StorageAccessKind
{
    /// <summary>GET of one entity by its keys in the path.</summary>
    PointRead,

    /// <summary>A query of one partition by its keys only: PartitionKey equality and RowKey ranges or equalities, joined by and.</summary>
    PartitionQuery,

    /// <summary>A query of one partition that also filters on other properties, or joins with or or not: the service reads the whole partition.</summary>
    PartitionScan,

    /// <summary>A query without a PartitionKey equality, or without a filter: the service reads the whole table.</summary>
    TableScan,

    /// <summary>An entity-group transaction.</summary>
    Batch,

    /// <summary>An insert, update, merge or delete of one entity.</summary>
    Write,

    /// <summary>Creating or listing tables.</summary>
    TableAdmin,
}

/// <summary>
/// What one request makes Table Storage do, and the two marks of a read that is not by key
/// (shared docs, teams-protocol-facts.md section 8): an or across RowKeys, run as a partition scan,
/// and a filter with no PartitionKey equality, run as a table scan. <see cref="OtherProperties"/>
/// are the filter's properties besides the keys.
/// </summary>
public sealed record StorageAccess(StorageAccessKind Kind, bool OrOverRowKeys, bool NoPartitionKeyEquality, IReadOnlySet<string> OtherProperties)
{
    public bool IsQuery => Kind is StorageAccessKind.PartitionQuery or StorageAccessKind.PartitionScan or StorageAccessKind.TableScan;

    public bool IsScan => OrOverRowKeys || NoPartitionKeyEquality;
}
