using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace TeamsEvalBot.Storage;

/// <summary>The one TableServiceClient (thread-safe, so a singleton) and a client per table.</summary>
public sealed class TableStore
{
    public TableStore(IOptions<StorageOptions> options, IEnumerable<Azure.Core.Pipeline.HttpPipelinePolicy> policies)
    {
        var storage = options.Value;
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.NetworkTimeout = storage.NetworkTimeout;

        // One retry only: a second would outlast Teams' invoke limit (see StorageOptions.NetworkTimeout).
        clientOptions.Retry.MaxRetries = 1;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.Mode = RetryMode.Exponential;
        foreach (var policy in policies)
        {
            clientOptions.AddPolicy(policy, Azure.Core.HttpPipelinePosition.PerRetry);
        }

        Service = storage.TableEndpoint is { } endpoint
            ? new TableServiceClient(endpoint, new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(storage.ManagedIdentityClientId)), clientOptions)
            : new TableServiceClient(storage.ConnectionString, clientOptions);
    }

    public TableServiceClient Service { get; }

    public TableClient Table(string name) => Service.GetTableClient(name);
}
