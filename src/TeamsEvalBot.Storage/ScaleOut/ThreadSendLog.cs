using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace TeamsEvalBot.Storage.ScaleOut;

/// <summary>
/// A thread's sends in the last hour, one row per thread, written only with the ETag it was read
/// with: two instances cannot both take the last free slot.
/// </summary>
public sealed class ThreadSendLog(TableStore store)
{
    private const string Row = "sends";

    private TableClient Table => store.Table(Tables.ThreadSends);

    /// <summary>The recorded sends, oldest first, or an empty list and no ETag for a thread never sent to.</summary>
    public async Task<(List<DateTimeOffset> Sends, ETag? ETag)> GetAsync(string threadId, CancellationToken cancellationToken)
    {
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>(KeyEncoding.Encode(threadId), Row, cancellationToken: cancellationToken);
        return entity.HasValue ? (Parse(entity.Value!.GetString("Sends")), entity.Value!.ETag) : ([], null);
    }

    /// <summary>Saves the sends unless another instance wrote since they were read: the new ETag, or null to read again.</summary>
    public async Task<ETag?> TrySaveAsync(string threadId, IReadOnlyList<DateTimeOffset> sends, ETag? etag, CancellationToken cancellationToken)
    {
        // Milliseconds since the epoch: 1,800 sends an hour fit well inside one string property (32K characters).
        var entity = new TableEntity(KeyEncoding.Encode(threadId), Row)
        {
            ["Sends"] = string.Join(',', sends.Select(t => t.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))),
        };
        return await ConditionalWrite.TryAsync(Table, entity, etag, cancellationToken);
    }

    private static List<DateTimeOffset> Parse(string? text) =>
        string.IsNullOrEmpty(text)
            ? []
            : [.. text.Split(',').Select(t => DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(t, CultureInfo.InvariantCulture)))];
}
