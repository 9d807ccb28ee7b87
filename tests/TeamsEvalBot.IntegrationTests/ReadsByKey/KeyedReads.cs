using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.IntegrationTests.ReadsByKey;

/// <summary>The check each journey ends with: no request ran an or across RowKeys, or read without a PartitionKey equality, unless documented.</summary>
public static class KeyedReads
{
    public static void Assert(string journey, IReadOnlyList<StorageRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);

        // A journey always reads: none recorded would mean the recorder is not in the bot's pipeline.
        Xunit.Assert.True(requests.Count > 0, $"The {journey} journey recorded no storage request.");
        var offending = requests
            .Select(request => (Request: request, Access: StorageRequestCheck.Classify(request)))
            .Where(r => r.Access.IsScan && DocumentedScans.For(r.Request, r.Access) is null)
            .ToList();
        Xunit.Assert.True(
            offending.Count == 0,
            $"The {journey} journey read {offending.Count} of its {requests.Count} storage requests not by key:\n" +
            string.Join('\n', offending.Select(r => $"  [{Marks(r.Access)}] {r.Request}")));
    }

    public static string Marks(StorageAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return string.Join(", ", new[]
        {
            access.OrOverRowKeys ? "or across RowKeys" : null,
            access.NoPartitionKeyEquality ? "no PartitionKey equality" : null,
        }.OfType<string>().DefaultIfEmpty(access.Kind.ToString()));
    }
}
