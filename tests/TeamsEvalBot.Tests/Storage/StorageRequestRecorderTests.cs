using System.Net;
using System.Text;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using TeamsEvalBot.TestSupport;

namespace TeamsEvalBot.Tests.Storage;

/// <summary>The recorder in a real table client's pipeline: what it reads back is what the SDK wrote on the wire.</summary>
public sealed class StorageRequestRecorderTests : IDisposable
{
    private readonly StorageRequestRecorder recorder = new();
    private readonly EmptyTables service = new();
    private readonly TableClient table;

    public StorageRequestRecorderTests()
    {
        var options = new TableClientOptions { Transport = new HttpClientTransport(new HttpClient(service)) };
        options.Retry.MaxRetries = 0;
        options.AddPolicy(recorder, Azure.Core.HttpPipelinePosition.PerRetry);
        table = new TableServiceClient("UseDevelopmentStorage=true", options).GetTableClient("Workshops");
    }

    public void Dispose() => service.Dispose();

    [Fact]
    public async Task APointRead_IsRecordedWithItsKeys_QuotesAndEscapesIncluded()
    {
        await table.GetEntityIfExistsAsync<TableEntity>("w%2F1", "member|29:o'brien é+");

        var request = Assert.Single(recorder.Since(0));
        Assert.Equal(("GET", "Workshops", new EntityKeys("w%2F1", "member|29:o'brien é+")), (request.Method, request.Table, request.Keys));
        Assert.Equal(StorageAccessKind.PointRead, StorageRequestCheck.Classify(request).Kind);
    }

    [Fact]
    public async Task AQuery_IsRecordedWithItsFilterDecoded()
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"o'brien+1 & é"} and (RowKey eq {"a"} or RowKey eq {"b"})");

        await foreach (var _ in table.QueryAsync<TableEntity>(filter, maxPerPage: 5))
        {
        }

        var request = Assert.Single(recorder.Since(0));
        Assert.Equal((filter, 5), (request.Filter, request.Top));
        Assert.True(StorageRequestCheck.Classify(request).OrOverRowKeys);
    }

    [Fact]
    public async Task OnlyTheCallersFlow_IsInItsRecording()
    {
        await table.GetEntityIfExistsAsync<TableEntity>("before", "a");
        IReadOnlyList<StorageRequest> inFlow;
        using (var flow = recorder.RecordFlow())
        {
            await table.GetEntityIfExistsAsync<TableEntity>("inside", "a");
            // As a background service's work runs: on a flow of its own.
            Task elsewhere;
            using (ExecutionContext.SuppressFlow())
            {
                elsewhere = Task.Run(() => table.GetEntityIfExistsAsync<TableEntity>("elsewhere", "a"));
            }

            await elsewhere;
            inFlow = flow.Requests;
        }

        await table.GetEntityIfExistsAsync<TableEntity>("after", "a");

        Assert.Equal(["inside"], inFlow.Select(r => r.Keys!.PartitionKey));
        Assert.Equal(["before", "inside", "elsewhere", "after"], recorder.Since(0).Select(r => r.Keys!.PartitionKey));
        Assert.Equal(["after"], recorder.Since(3).Select(r => r.Keys!.PartitionKey));
    }

    /// <summary>A table service with no rows: every entity is missing, every query empty.</summary>
    private sealed class EmptyTables : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(request.RequestUri!.AbsolutePath.EndsWith("()", StringComparison.Ordinal)
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"value\":[]}", Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("{\"odata.error\":{\"code\":\"ResourceNotFound\",\"message\":{\"value\":\"none\"}}}", Encoding.UTF8, "application/json") });
    }
}
