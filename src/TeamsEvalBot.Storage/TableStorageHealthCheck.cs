using Azure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TeamsEvalBot.Storage;

/// <summary>Healthy when the tables answer a one-row query.</summary>
public sealed class TableStorageHealthCheck(TableStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var _ in store.Table(Tables.Conversations).QueryAsync<Azure.Data.Tables.TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return HealthCheckResult.Healthy("Table Storage answered.");
        }
        catch (RequestFailedException ex)
        {
            return HealthCheckResult.Unhealthy($"Table Storage answered {ex.Status}.", ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or AggregateException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Table Storage did not answer.", ex);
        }
    }
}
