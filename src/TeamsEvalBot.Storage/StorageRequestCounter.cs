using System.Diagnostics.Metrics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsEvalBot.Storage;

/// <summary>
/// Counts every request the table client sends, retries included (a batch is one): Table Storage
/// bills by these transactions, so the count is the cost figure to watch.
/// </summary>
public sealed class StorageRequestCounter : HttpPipelineSynchronousPolicy, IDisposable
{
    private readonly Meter meter = new("TeamsEvalBot.Storage");
    private readonly Counter<long> requests;
    private long total;

    public StorageRequestCounter() =>
        requests = meter.CreateCounter<long>("teamsevalbot.storage.requests", description: "Table Storage requests sent, retries included");

    public long Total => Interlocked.Read(ref total);

    public override void OnSendingRequest(HttpMessage message)
    {
        Interlocked.Increment(ref total);
        requests.Add(1);
    }

    public void Dispose() => meter.Dispose();
}
