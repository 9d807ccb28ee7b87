using TeamsEvalBot.Storage;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests.ReadsByKey;

/// <summary>
/// The reads that scan by design, each with its reason (docs/architecture.md, "Storage"): erasure
/// and admin paths, never a person's everyday journey. A journey's scan passes only if one of these
/// names it. Each matches on its table and the properties its filter reads, so a new scan of the
/// same table still fails.
/// </summary>
public static class DocumentedScans
{
    public static IReadOnlyList<DocumentedScan> All { get; } =
    [
        new(
            "forget me: the person's rows in a workshop",
            "WorkshopAdminStore.ErasableRowsAsync reads the erasure's marker or, by PersonId, the person's ratings, history and roster row: within the workshop's partition, and erasure must find every row the person left.",
            (request, access) => request.Table == Tables.Workshops && !access.NoPartitionKeyEquality && access.OtherProperties.SetEquals(["PersonId"])),
        new(
            "forget me: the exports",
            "DownloadStore.DeleteForErasureAsync reads every download's owner and workshop; the table holds only the last few minutes' exports.",
            (request, _) => request.Table == Tables.Downloads && request.Filter is null),
        new(
            "download purge",
            "Export/ExpiredDownloadPurge deletes expired downloads every 15 minutes: ExpiresAt le now, across the table.",
            (request, access) => request.Table == Tables.Downloads && access.NoPartitionKeyEquality && access.OtherProperties.SetEquals(["ExpiresAt"])),
        new(
            "pending-erasure resumer",
            "At start-up Roles/PendingErasureResumer finishes every pending erasure of every tenant: Status eq 'Pending', across the table.",
            (request, access) => request.Table == Tables.Erasures && access.NoPartitionKeyEquality && access.OtherProperties.SetEquals(["Status"])),
        new(
            "health check",
            "TableStorageHealthCheck asks the Conversations table for any one row, to see that storage answers.",
            (request, _) => request.Table == Tables.Conversations && request.Filter is null && request.Top == 1),
    ];

    public static DocumentedScan? For(StorageRequest request, StorageAccess access) => All.FirstOrDefault(scan => scan.Matches(request, access));
}

/// <summary>A scan allowed on one path of the bot, and why.</summary>
public sealed record DocumentedScan(string Path, string Reason, Func<StorageRequest, StorageAccess, bool> Matches);
