using System.Globalization;

namespace TeamsEvalBot.Storage.Erasures;

/// <summary>
/// Keys of the Erasures table. PartitionKey: the encoded tenant id. RowKey:
/// <c>&lt;ticks&gt;|&lt;person id&gt;</c>, oldest first; the erasure's id, also the key of its marker rows in the workshops.
/// </summary>
internal static class ErasureRows
{
    public const string Pending = "Pending";

    public const string Done = "Done";

    // A string property holds 32K characters: a tenant's workshop ids (32 characters each) are split over properties of this many.
    public const int WorkshopIdsPerProperty = 500;

    public static string Partition(string tenantId) => KeyEncoding.Encode(tenantId);

    public static string Key(DateTimeOffset at, string personId) => $"{at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}|{KeyEncoding.Encode(personId)}";

    /// <summary>The name of the n-th property that lists the workshops to erase from.</summary>
    public static string WorkshopsToErase(int part) => $"WorkshopsToErase{part.ToString(CultureInfo.InvariantCulture)}";
}
